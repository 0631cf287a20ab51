/**
 * What every screen and the receipt say about a wait: one rounding rule and one set of words,
 * so the kiosk, the wall display, the phone, the city page and the paper say the same thing in
 * the same words for the same estimate. Browser-safe (no Node).
 *
 * The server gives `estimatedWaitMinutes` as whole minutes, or null when no counter that serves
 * the service is open: then no number can be honest, and the words say so instead.
 */

import { kioskLanguages } from './local-name.js';

/** The languages the waits are said in: every kiosk language. Others get English. */
export const waitLanguages = kioskLanguages;
export type WaitLanguage = (typeof waitLanguages)[number];

/** A wait as a person should be told it (see `roundWait`). */
export type WaitEstimate =
  /** No counter that serves the service is open now (the server's null). */
  | { kind: 'no-counter' }
  /** A counter is free and nobody is before: called at once. */
  | { kind: 'no-wait' }
  /** Less than five minutes. */
  | { kind: 'under'; minutes: number }
  /** About `minutes`, rounded up: to 5 minutes up to an hour, to 15 above. */
  | { kind: 'about'; minutes: number };

/** Below this a wait is "under 5 min": a figure like "2 min" would promise what it cannot keep. */
export const underMinutes = 5;

/**
 * The one rounding rule. Rounded up, never down: a citizen told "10 min" who waits 14 feels
 * cheated, one told "15" who waits 12 does not. And no finer than 5 minutes (15 above an hour):
 * with n people ahead even a perfect estimate is off by about 1/√(n+1) of itself
 * (docs/QUEUEING.md), so "ca. 27 min" would claim a precision the estimate does not have.
 * Never "0 min": 0 is "no wait", a short wait is "under 5 min".
 */
export function roundWait(estimatedWaitMinutes: number | null): WaitEstimate {
  if (estimatedWaitMinutes === null) return { kind: 'no-counter' };
  if (estimatedWaitMinutes <= 0) return { kind: 'no-wait' };
  if (estimatedWaitMinutes < underMinutes) return { kind: 'under', minutes: underMinutes };
  if (estimatedWaitMinutes <= 60) return { kind: 'about', minutes: Math.ceil(estimatedWaitMinutes / 5) * 5 };
  return { kind: 'about', minutes: Math.ceil(estimatedWaitMinutes / 15) * 15 };
}

/** One language's words for waits. Digits are Western in every language, as on the tickets. */
type WaitWords = {
  minutes(count: number): string;
  hours(count: number): string;
  hoursAndMinutes(hours: string, minutes: string): string;
  /** "ca. 25 min" */
  about(duration: string): string;
  /** "under 5 min" */
  under(duration: string): string;
  /** The estimate as a sentence: "Ventetid ca. 25 min". */
  sentence(estimate: string): string;
  noWait: string;
  noWaitSentence: string;
  /** For a chip or beside a count, where a sentence does not fit. */
  noCounter: string;
  noCounterSentence(service: string): string;
};

const pluralRules = new Map<string, Intl.PluralRules>();
/** The plural category of `count` in `lang` ("one", "few", …). */
function category(lang: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/*
 * Abbreviations ("min", "t") where a language has common ones, so a display's chip and a kiosk's
 * card say the same thing; Arabic, Somali and Urdu write the words out. The languages other than
 * Danish and English follow the kiosk's own translations of the same texts where it has them, and,
 * like the kiosk's partial languages, still want a speaker's reading on the screens.
 */
const words: Record<WaitLanguage, WaitWords> = {
  da: {
    minutes: (count) => `${count} min`,
    hours: (count) => `${count} t`,
    hoursAndMinutes: (hours, minutes) => `${hours} ${minutes}`,
    about: (duration) => `ca. ${duration}`,
    under: (duration) => `under ${duration}`,
    sentence: (estimate) => `Ventetid ${estimate}`,
    noWait: 'Ingen ventetid',
    noWaitSentence: 'Ingen ventetid lige nu',
    noCounter: 'Ingen åben skranke',
    noCounterSentence: (service) => `Ingen skranke er åben for ${service} lige nu`,
  },
  en: {
    minutes: (count) => `${count} min`,
    hours: (count) => `${count} h`,
    hoursAndMinutes: (hours, minutes) => `${hours} ${minutes}`,
    about: (duration) => `about ${duration}`,
    under: (duration) => `under ${duration}`,
    sentence: (estimate) => `Wait ${estimate}`,
    noWait: 'No wait',
    noWaitSentence: 'No wait right now',
    noCounter: 'No counter open',
    noCounterSentence: (service) => `No counter is open for ${service} right now`,
  },
  ar: {
    minutes: (count) =>
      ({ zero: `${count} دقيقة`, one: 'دقيقة واحدة', two: 'دقيقتين', few: `${count} دقائق`, many: `${count} دقيقة`, other: `${count} دقيقة` })[category('ar', count)],
    hours: (count) => ({ zero: `${count} ساعة`, one: 'ساعة واحدة', two: 'ساعتين', few: `${count} ساعات`, many: `${count} ساعة`, other: `${count} ساعة` })[category('ar', count)],
    hoursAndMinutes: (hours, minutes) => `${hours} و${minutes}`,
    about: (duration) => `حوالي ${duration}`,
    under: (duration) => `أقل من ${duration}`,
    sentence: (estimate) => `وقت الانتظار ${estimate}`,
    noWait: 'لا يوجد انتظار',
    noWaitSentence: 'لا يوجد انتظار الآن',
    noCounter: 'لا يوجد شباك مفتوح',
    noCounterSentence: (service) => `لا يوجد شباك مفتوح لخدمة ${service} الآن`,
  },
  so: {
    minutes: (count) => `${count} daqiiqo`,
    hours: (count) => (count === 1 ? '1 saac' : `${count} saacadood`),
    hoursAndMinutes: (hours, minutes) => `${hours} iyo ${minutes}`,
    about: (duration) => `qiyaastii ${duration}`,
    under: (duration) => `ka yar ${duration}`,
    sentence: (estimate) => `Waqtiga sugitaanka: ${estimate}`,
    noWait: 'Sugitaan ma jiro',
    noWaitSentence: 'Hadda sugitaan ma jiro',
    noCounter: 'Miis furan ma jiro',
    noCounterSentence: (service) => `Hadda ma jiro miis u furan ${service}`,
  },
  pl: {
    minutes: (count) => `${count} min`,
    hours: (count) => `${count} godz.`,
    hoursAndMinutes: (hours, minutes) => `${hours} ${minutes}`,
    about: (duration) => `ok. ${duration}`,
    under: (duration) => `poniżej ${duration}`,
    sentence: (estimate) => `Czas oczekiwania: ${estimate}`,
    noWait: 'Bez czekania',
    noWaitSentence: 'Teraz bez czekania',
    noCounter: 'Okienka zamknięte',
    noCounterSentence: (service) => `Teraz nie ma otwartego okienka dla usługi: ${service}`,
  },
  uk: {
    minutes: (count) => `${count} хв`,
    hours: (count) => `${count} год`,
    hoursAndMinutes: (hours, minutes) => `${hours} ${minutes}`,
    about: (duration) => `близько ${duration}`,
    under: (duration) => `менше ніж ${duration}`,
    sentence: (estimate) => `Час очікування: ${estimate}`,
    noWait: 'Без очікування',
    noWaitSentence: 'Зараз без очікування',
    noCounter: 'Віконця зачинені',
    noCounterSentence: (service) => `Зараз немає відкритого віконця для послуги: ${service}`,
  },
  tr: {
    minutes: (count) => `${count} dk`,
    hours: (count) => `${count} sa`,
    hoursAndMinutes: (hours, minutes) => `${hours} ${minutes}`,
    about: (duration) => `yaklaşık ${duration}`,
    under: (duration) => `en fazla ${duration}`,
    sentence: (estimate) => `Bekleme süresi ${estimate}`,
    noWait: 'Bekleme yok',
    noWaitSentence: 'Şu anda bekleme yok',
    noCounter: 'Açık gişe yok',
    noCounterSentence: (service) => `Şu anda ${service} için açık gişe yok`,
  },
  ur: {
    minutes: (count) => `${count} منٹ`,
    hours: (count) => (count === 1 ? '1 گھنٹہ' : `${count} گھنٹے`),
    hoursAndMinutes: (hours, minutes) => `${hours} ${minutes}`,
    about: (duration) => `تقریباً ${duration}`,
    under: (duration) => `${duration} سے کم`,
    sentence: (estimate) => `انتظار ${estimate}`,
    noWait: 'کوئی انتظار نہیں',
    noWaitSentence: 'اس وقت کوئی انتظار نہیں',
    noCounter: 'کوئی کاؤنٹر کھلا نہیں',
    noCounterSentence: (service) => `اس وقت ${service} کے لیے کوئی کاؤنٹر کھلا نہیں`,
  },
};

/** `lang` if the waits are said in it, else English. */
export function waitLanguageOf(lang: string): WaitLanguage {
  return (waitLanguages as readonly string[]).includes(lang) ? (lang as WaitLanguage) : 'en';
}

/** "25 min", "1 t", "1 t 15 min" in the language's words. */
function duration(say: WaitWords, minutes: number): string {
  if (minutes < 60) return say.minutes(minutes);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? say.hours(hours) : say.hoursAndMinutes(say.hours(hours), say.minutes(rest));
}

/** A wait rounded (`roundWait`) and put into words, for layout (`kind`, `minutes`) and for reading. */
export type SaidWait = WaitEstimate & {
  /** The language the words are in (English for a language the waits are not said in). */
  lang: WaitLanguage;
  /** For tight spaces (a display's chip, beside a clock icon): "ca. 25 min", "Ingen åben skranke". */
  short: string;
  /** A whole statement (kiosk, phone, receipt): "Ventetid ca. 25 min", "Ingen skranke er åben for Pas lige nu". */
  sentence: string;
};

/**
 * The wait of `estimatedWaitMinutes` (the server's figure: null when no counter that serves the
 * service is open) in the words of `lang`. `serviceName` is the service as the screen names it,
 * for "No counter is open for Passport right now".
 */
export function sayWait(estimatedWaitMinutes: number | null, options: { lang: string; serviceName: string }): SaidWait {
  const lang = waitLanguageOf(options.lang);
  const say = words[lang];
  const estimate = roundWait(estimatedWaitMinutes);
  switch (estimate.kind) {
    case 'no-counter':
      return { ...estimate, lang, short: say.noCounter, sentence: say.noCounterSentence(options.serviceName) };
    case 'no-wait':
      return { ...estimate, lang, short: say.noWait, sentence: say.noWaitSentence };
    case 'under':
    case 'about': {
      const short = (estimate.kind === 'under' ? say.under : say.about)(duration(say, estimate.minutes));
      return { ...estimate, lang, short, sentence: say.sentence(short) };
    }
  }
}
