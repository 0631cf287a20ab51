import { partialLanguage } from './messages.js';

/**
 * Urdu, right to left: the main path (take a number, your number, still there, out of order).
 * The rest falls back to English until a speaker completes it. The receipt prints in English:
 * ESC/POS code pages cannot join Urdu's letters (docs/DECISIONS.md).
 */
export const language = partialLanguage({
  code: 'ur',
  nativeName: 'اردو',
  englishName: 'Urdu',
  dir: 'rtl',
  printsAs: 'en',
  messages: {
    chooseLanguage: 'زبان منتخب کریں',
    largeText: 'بڑا متن',
    back: 'واپس',
    startOver: 'شروع سے',

    welcome: '{centre} میں خوش آمدید',
    startPrompt: 'آپ کیا کرنا چاہتے ہیں؟',
    takeNumber: 'نمبر لیں',
    takeNumberHint: 'اپنے آنے کی وجہ منتخب کریں اور نمبر لیں',
    haveAppointment: 'میری اپائنٹمنٹ ہے',
    centreClosed: 'ہم اس وقت بند ہیں',

    chooseService: 'آپ کس کام سے آئے ہیں؟',
    closedNow: 'اس وقت بند ہے',

    selfServiceTakeNumber: 'پھر بھی نمبر لیں',

    yourNumber: 'آپ کا نمبر',
    youAreNext: 'اگلی باری آپ کی ہے',
    takeYourTicket: 'نیچے سے اپنا ٹکٹ لے لیں',
    followOnPhone: 'اپنی باری اپنے فون پر دیکھیں',
    done: 'ہو گیا',
    tryAgain: 'دوبارہ کوشش کریں',

    stillThereTitle: 'کیا آپ ابھی یہاں ہیں؟',
    stillThereContinue: 'جی ہاں، میں یہاں ہوں',

    outOfOrderTitle: 'یہ اسکرین اس وقت کام نہیں کر رہی',
    outOfOrderBody: 'براہِ کرم عملے سے پوچھیں۔ اسکرین خود بخود دوبارہ چل پڑے گی۔',

    takeNumberInstead: 'اس کے بجائے نمبر لیں',
  },
});
