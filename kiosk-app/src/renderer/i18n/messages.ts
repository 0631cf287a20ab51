/**
 * The kiosk's words, one key per text. A language file gives some or all of them; whatever a
 * language does not give is shown in English (translate.ts). `{name}` in a text is filled in.
 *
 * Counted texts (`Plural`) have one form per plural category of the language, as Intl.PluralRules
 * names them: Danish and English need `one` and `other`; Arabic `zero`, `one`, `two`, `few`,
 * `many` and `other`; Polish and Ukrainian `one`, `few`, `many` and `other`.
 */
export type Plural = { other: string } & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>;

export type Messages = {
  // Always on screen.
  /** The name of the language group of buttons, for screen readers. */
  chooseLanguage: string;
  /** The wheelchair toggle that moves every button into the lower half of the screen. */
  reachMode: string;
  largeText: string;
  back: string;
  startOver: string;

  // Start.
  /** `{centre}`: the centre's name. */
  welcome: string;
  startPrompt: string;
  takeNumber: string;
  takeNumberHint: string;
  haveAppointment: string;
  haveAppointmentHint: string;
  centreClosed: string;
  /** `{when}`: "today at 10:00", from the `when…` texts. */
  centreOpens: string;

  // Choosing a service.
  chooseService: string;
  chooseServiceHint: string;
  // The wait of each service is said by @dintur/shared's sayWait, the same words on every screen.
  closedNow: string;
  /** `{when}`: "tomorrow at 10:00". */
  opensWhen: string;
  closedToday: string;
  alsoOnline: string;
  /** On a closed service's card: a touch says what can be done instead. */
  closedWhatNow: string;
  /** The name of the page buttons' group, for screen readers. */
  servicePages: string;
  previousPage: string;
  /** Turns to the next page of services. */
  nextPage: string;
  /** `{page}` of `{count}` pages of services. */
  pageOf: string;
  whenToday: string;
  whenTomorrow: string;
  /** `{weekday}`: the day's name as Intl writes it in this language. */
  whenWeekday: string;

  // A closed service, touched: what the citizen can do instead.
  closedBookTitle: string;
  closedBookBody: string;
  closedBookScan: string;
  closedBookQrLabel: string;
  closedAskTitle: string;
  closedAskBody: string;
  /** `{when}`: "tomorrow at 10:00" (said when the reception is closed too). */
  closedComeBack: string;
  /** Back to the services. */
  chooseOther: string;

  // Self-service.
  selfServiceTitle: string;
  selfServiceBody: string;
  selfServiceQrLabel: string;
  selfServiceChooseOnline: string;
  selfServiceTakeNumber: string;
  selfServiceChosen: string;

  // The ticket.
  takingNumber: string;
  yourNumber: string;
  /** Over the number of a checked-in appointment (with `receiptAppointment` for its time). */
  checkedIn: string;
  youAreNext: string;
  peopleAhead: Plural;
  printing: string;
  takeYourTicket: string;
  followOnPhone: string;
  trackingQrLabel: string;
  watchScreens: string;
  printerProblemTitle: string;
  printerProblemBody: string;
  noPrinter: string;
  done: string;
  issueFailed: string;
  serviceNowClosed: string;
  /** The service's queue is at its cap: no number now, come back later. */
  queueFull: string;
  tryAgain: string;

  // Still there?
  stillThereTitle: string;
  stillThereBody: string;
  stillThereContinue: string;

  // Out of order (shown in every complete language at once).
  outOfOrderTitle: string;
  outOfOrderBody: string;

  // Appointments (until the check-in arrives).
  checkInSoon: string;
  checkInMeanwhile: string;
  takeNumberInstead: string;

  // The printed receipt.
  /** `{url}`: the service's self-service address. */
  receiptSelfService: string;
  /** `{time}`: the booked time, "10:30". */
  receiptAppointment: string;
};

export type MessageKey = keyof Messages;
export type TextKey = { [Key in MessageKey]: Messages[Key] extends string ? Key : never }[MessageKey];
export type PluralKey = { [Key in MessageKey]: Messages[Key] extends Plural ? Key : never }[MessageKey];

/** What a language file declares about itself. */
export type LanguageInfo = {
  /** ISO 639-1 code: the file's name, the `lang` of the page and of the ticket. */
  code: string;
  /** The language's name in itself, on its button. */
  nativeName: string;
  /** Its name in English, for sorting and for people maintaining the files. */
  englishName: string;
  dir: 'ltr' | 'rtl';
  /**
   * The language the receipt is printed in. ESC/POS code pages cannot shape Arabic script, so
   * Arabic and Urdu print English receipts (docs/DECISIONS.md); the screen stays in the language.
   */
  printsAs: string;
};

/**
 * A language file: what it declares, and the texts it has translated. `complete` languages give
 * every text (the compiler checks it) and have been read by a speaker; they are the ones the
 * out-of-order screen shows side by side.
 */
export type LanguageFile = LanguageInfo & { complete: boolean; messages: Partial<Messages> };

/** A language file that gives every text. */
export type CompleteLanguageFile = LanguageInfo & { complete: true; messages: Messages };

/** A complete language (every text given, checked by the compiler): Danish, English, Arabic. */
export function completeLanguage(language: LanguageInfo & { messages: Messages }): CompleteLanguageFile {
  return { ...language, complete: true };
}

/**
 * A language anyone can complete: texts it does not give fall back to English. Leave a key out
 * rather than guess: a wrong instruction is worse than an English one. A file that gives every
 * text stays partial until a speaker has read it on the kiosk; then make it `completeLanguage`.
 */
export function partialLanguage(language: LanguageInfo & { messages: Partial<Messages> }): LanguageFile {
  return { ...language, complete: false };
}
