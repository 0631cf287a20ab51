import { kioskLanguages, type KioskLanguage } from '@dintur/shared';
import { ar } from './tracking/ar.js';
import { pl } from './tracking/pl.js';
import { so } from './tracking/so.js';
import { tr } from './tracking/tr.js';
import { uk } from './tracking/uk.js';
import { ur } from './tracking/ur.js';

/**
 * The words of the tracking page (`/t/{code}`), its SMS offer and the page shell around it, in
 * every kiosk language: a ticket taken in Arabic is followed in Arabic. The booking pages stay in
 * Danish and English (strings.ts); only these keys exist eight times.
 */
export type TrackingLanguage = KioskLanguage;

const da = {
  /** The language's code: which of the shared error and wait sentences the page says. */
  lang: 'da' as TrackingLanguage,
  /** The language's name in itself, as the language menu lists it. */
  languageName: 'Dansk',
  chooseLanguage: 'Sprog',
  siteName: 'Borgerservice',
  skipToContent: 'Gå til indhold',
  loading: 'Henter …',
  tryAgain: 'Prøv igen',
  networkError: 'Vi kunne ikke få forbindelse. Tjek din internetforbindelse og prøv igen.',

  trackTitle: 'Dit nummer',
  position: (position: number) => (position === 1 ? 'Du er den næste' : `Du er nummer ${position} i køen`),
  calledTitle: 'Det er din tur',
  goTo: (counter: string) => `Gå til ${counter}`,
  /** A counter as the sign over it says it ("Skranke 1"); `number` is the number it ends in, if any. */
  counterSign: (name: string, _number: string | null) => name,
  servingText: (counter: string) => `Du bliver betjent ved ${counter}.`,
  finishedText: 'Tak for dit besøg.',
  ticketNoShowText: 'Du blev kaldt, men vi så dig ikke. Spørg i receptionen, eller tag et nyt nummer.',
  ticketCancelledText: 'Du har opgivet din plads i køen.',
  endedText: 'Dagen er slut, og nummeret gælder ikke længere.',
  updatedAt: (time: string) => `Opdateret ${time}`,
  liveLost: 'Forbindelsen er afbrudt. Vi prøver igen …',
  giveUp: 'Opgiv min plads',
  giveUpQuestion: 'Vil du opgive din plads i køen?',
  giveUpConsequence: 'Du skal tage et nyt nummer, hvis du alligevel vil betjenes.',
  confirmGiveUp: 'Ja, opgiv pladsen',
  keepPlace: 'Nej, behold pladsen',
  givingUp: 'Opgiver …',
  ticketNotFound: 'Vi kan ikke finde dette nummer. Måske er det fra en anden dag.',

  smsTitle: 'Få besked på SMS',
  smsLead: (ahead: number | null) =>
    ahead === null ? 'Vi sender en SMS, når det er din tur.' : `Vi sender en SMS, når der er ${ahead} foran dig, og når det er din tur.`,
  smsPrivacy: 'Vi bruger kun mobilnummeret til disse beskeder og sletter det ved dagens slutning.',
  smsPhone: 'Mobilnummer',
  smsPhoneHint: '8 cifre, eller med landekode, fx +46\u00a070\u00a0123\u00a045\u00a067',
  smsSubmit: 'Send mig en SMS',
  smsSaving: 'Gemmer …',
  smsConfirmed: (phone: string, ahead: number | null) =>
    ahead === null ? `Vi sender en SMS til ${phone}, når det er din tur.` : `Vi sender en SMS til ${phone}, når der er ${ahead} foran dig, og når det er din tur.`,
  smsNumberEndingIn: (digits: string) => `mobilnummeret, der ender på ${digits}`,
  smsDeletedAtEnd: 'Nummeret slettes ved dagens slutning.',
  smsStop: 'Stop SMS',
  smsStopping: 'Stopper …',
  smsStopped: 'Du får ikke flere SMS. Nummeret er slettet.',
  smsPhoneInvalid: 'Skriv et mobilnummer med 8 cifre, eller med landekode, fx +46\u00a070\u00a0123\u00a045\u00a067.',
  smsLimitTicket: 'Mobilnummeret er skiftet for mange gange. Du kan stadig følge din tur her på siden.',
  smsLimitNumber: (tickets: number) => `Det mobilnummer får allerede SMS om ${tickets} numre i dag. Du kan stadig følge din tur her på siden.`,
  smsEnded: 'Din tur er slut, så vi sender ingen SMS.',
  smsOff: 'Vi kan ikke sende SMS lige nu. Du kan stadig følge din tur her på siden.',
  smsTooMany: 'For mange forsøg. Vent et minut, og prøv igen.',
};

export type TrackingStrings = typeof da;

const en: TrackingStrings = {
  lang: 'en',
  languageName: 'English',
  chooseLanguage: 'Language',
  siteName: 'Citizen Service',
  skipToContent: 'Skip to content',
  loading: 'Loading …',
  tryAgain: 'Try again',
  networkError: 'We could not connect. Check your internet connection and try again.',

  trackTitle: 'Your number',
  position: (position) => (position === 1 ? 'You are next' : `You are number ${position} in the queue`),
  calledTitle: 'It is your turn',
  goTo: (counter) => `Go to ${counter}`,
  // The sign says "Skranke 1" in Danish: said in English, with the sign's words to look for.
  counterSign: (name, number) => (number === null ? name : `counter ${number} (“${name}”)`),
  servingText: (counter) => `You are being served at ${counter}.`,
  finishedText: 'Thank you for your visit.',
  ticketNoShowText: 'You were called but we did not see you. Ask at the reception, or take a new number.',
  ticketCancelledText: 'You have given up your place in the queue.',
  endedText: 'The day is over and the number is no longer valid.',
  updatedAt: (time) => `Updated ${time}`,
  liveLost: 'The connection was lost. Trying again …',
  giveUp: 'Give up my place',
  giveUpQuestion: 'Give up your place in the queue?',
  giveUpConsequence: 'You will need a new number if you still want to be served.',
  confirmGiveUp: 'Yes, give up my place',
  keepPlace: 'No, keep my place',
  givingUp: 'Giving up …',
  ticketNotFound: 'We cannot find this number. It may be from another day.',

  smsTitle: 'Get a text message',
  smsLead: (ahead) => (ahead === null ? 'We text you when it is your turn.' : `We text you when there are ${ahead} ahead of you and when it is your turn.`),
  smsPrivacy: 'We use the mobile number only for these messages and delete it at the end of the day.',
  smsPhone: 'Mobile number',
  smsPhoneHint: '8 digits, or with the country code, e.g. +46\u00a070\u00a0123\u00a045\u00a067',
  smsSubmit: 'Text me',
  smsSaving: 'Saving …',
  smsConfirmed: (phone, ahead) =>
    ahead === null ? `We will text ${phone} when it is your turn.` : `We will text ${phone} when there are ${ahead} ahead of you and when it is your turn.`,
  smsNumberEndingIn: (digits) => `the mobile number ending in ${digits}`,
  smsDeletedAtEnd: 'The number is deleted at the end of the day.',
  smsStop: 'Stop the texts',
  smsStopping: 'Stopping …',
  smsStopped: 'You will get no more texts. The number is deleted.',
  smsPhoneInvalid: 'Enter a mobile number of 8 digits, or with the country code, e.g. +46\u00a070\u00a0123\u00a045\u00a067.',
  smsLimitTicket: 'The mobile number has been changed too many times. You can still follow your turn on this page.',
  smsLimitNumber: (tickets) => `That mobile number already gets texts about ${tickets} tickets today. You can still follow your turn on this page.`,
  smsEnded: 'Your visit has ended, so we send no texts.',
  smsOff: 'We cannot send texts right now. You can still follow your turn on this page.',
  smsTooMany: 'Too many tries. Wait a minute and try again.',
};

export const trackingStrings: Record<TrackingLanguage, TrackingStrings> = { da, en, ar, so, pl, uk, tr, ur };

/** The tracking page's languages in the kiosk's order, for the language menu. */
export const trackingLanguages: readonly TrackingLanguage[] = kioskLanguages;

export const isTrackingLanguage = (code: string | null | undefined): code is TrackingLanguage =>
  (kioskLanguages as readonly (string | null | undefined)[]).includes(code);

/** A ticket's language as a page language: any kiosk language, else English. */
export const trackingLanguageOf = (code: string | null | undefined): TrackingLanguage => (isTrackingLanguage(code) ? code : 'en');

/** Arabic and Urdu read right to left. */
export { directionOf } from '@dintur/web';

/**
 * The locale `Intl` writes dates and times in. Arabic with Western digits, as the kiosk and the
 * wall displays write ticket numbers and times.
 */
export const localeOf: Record<TrackingLanguage, string> = {
  da: 'da-DK',
  en: 'en-GB',
  ar: 'ar-u-nu-latn',
  so: 'so-SO',
  pl: 'pl-PL',
  uk: 'uk-UA',
  tr: 'tr-TR',
  ur: 'ur-PK',
};
