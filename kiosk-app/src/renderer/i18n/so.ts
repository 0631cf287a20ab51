import { partialLanguage } from './messages.js';

/**
 * Somali: a start only (the words of the main buttons). Everything else is English until a
 * speaker completes this file; leave a text out rather than guess it.
 */
export const language = partialLanguage({
  code: 'so',
  nativeName: 'Soomaali',
  englishName: 'Somali',
  dir: 'ltr',
  printsAs: 'so',
  messages: {
    chooseLanguage: 'Dooro luqadda',
    largeText: 'Qoraal weyn',
    back: 'Dib u noqo',

    takeNumber: 'Qaado lambar',
    haveAppointment: 'Ballan baan leeyahay',
    closedNow: 'Hadda waa xiran yahay',

    yourNumber: 'Lambarkaaga',
    tryAgain: 'Isku day mar kale',

    stillThereTitle: 'Weli ma joogtaa?',
    stillThereContinue: 'Haa, waan joogaa',
  },
});
