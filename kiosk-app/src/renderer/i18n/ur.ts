import { partialLanguage } from './messages.js';

/**
 * Urdu, right to left: every text, in everyday words (the English loanwords people use: "ٹکٹ",
 * "اپائنٹمنٹ", "آن لائن"), not yet read by a native speaker in the centre (hence "partial"). The
 * receipt prints in English: ESC/POS code pages cannot join Urdu's letters (docs/DECISIONS.md).
 */
export const language = partialLanguage({
  code: 'ur',
  nativeName: 'اردو',
  englishName: 'Urdu',
  dir: 'rtl',
  printsAs: 'en',
  messages: {
    chooseLanguage: 'زبان منتخب کریں',
    reachMode: 'بٹن نیچے کی طرف',
    largeText: 'بڑا متن',
    back: 'واپس',
    startOver: 'شروع سے',

    welcome: '{centre} میں خوش آمدید',
    startPrompt: 'آپ کیا کرنا چاہتے ہیں؟',
    takeNumber: 'نمبر لیں',
    takeNumberHint: 'اپنے آنے کی وجہ منتخب کریں اور نمبر لیں',
    haveAppointment: 'میری اپائنٹمنٹ ہے',
    haveAppointmentHint: 'ہمیں بتائیں کہ آپ آ گئے ہیں',
    centreClosed: 'ہم اس وقت بند ہیں',
    centreOpens: 'ہم {when} کھلیں گے',

    chooseService: 'آپ کس کام سے آئے ہیں؟',
    chooseServiceHint: 'جو سب سے زیادہ مناسب ہو اسے چھوئیں۔ اگر آپ کو یقین نہیں تو عملہ آپ کی مدد کرے گا۔',
    closedNow: 'اس وقت بند ہے',
    opensWhen: '{when} کھلے گا',
    closedToday: 'آج باقی دن کے لیے بند ہے',
    alsoOnline: 'یہ کام آن لائن بھی ہو سکتا ہے',
    whenToday: 'آج {time} بجے',
    whenTomorrow: 'کل {time} بجے',
    whenWeekday: '{weekday} کو {time} بجے',

    selfServiceTitle: 'آپ یہ کام آن لائن کر سکتے ہیں',
    selfServiceBody: 'اپنے فون کے کیمرے سے کوڈ اسکین کریں۔ یہ آپ کو سیدھا آن لائن صفحے پر لے جائے گا، اور آپ کو انتظار نہیں کرنا پڑے گا۔',
    selfServiceQrLabel: 'آن لائن صفحے کا QR کوڈ',
    selfServiceChooseOnline: 'آن لائن کریں',
    selfServiceTakeNumber: 'پھر بھی نمبر لیں',
    selfServiceChosen: 'ٹھیک ہے۔ اب اپنے فون سے کوڈ اسکین کریں۔',

    takingNumber: 'ایک لمحہ …',
    yourNumber: 'آپ کا نمبر',
    youAreNext: 'اگلی باری آپ کی ہے',
    peopleAhead: { one: 'آپ سے پہلے 1 شخص ہے', other: 'آپ سے پہلے {count} لوگ ہیں' },
    printing: 'آپ کا ٹکٹ پرنٹ ہو رہا ہے …',
    takeYourTicket: 'نیچے سے اپنا ٹکٹ لے لیں',
    followOnPhone: 'اپنی باری اپنے فون پر دیکھیں',
    trackingQrLabel: 'اپنے فون پر اپنا نمبر دیکھنے کے لیے QR کوڈ',
    watchScreens: 'اسکرینوں پر نظر رکھیں۔ آپ کا نمبر دکھایا اور پکارا جائے گا۔',
    printerProblemTitle: 'آپ کا ٹکٹ پرنٹ نہیں ہو سکا',
    printerProblemBody: 'آپ کا نمبر اب بھی درست ہے۔ کوڈ کی تصویر لے لیں، یا اپنا نمبر یاد رکھیں۔ عملے کو بتا دیا گیا ہے۔',
    noPrinter: 'اپنا نمبر یاد رکھیں، یا کوڈ کی تصویر لے لیں۔',
    done: 'ہو گیا',
    issueFailed: 'ہم آپ کو نمبر نہیں دے سکے۔ براہِ کرم دوبارہ کوشش کریں، یا عملے سے پوچھیں۔',
    serviceNowClosed: 'یہ اس وقت بند ہے۔ کچھ اور منتخب کریں، یا عملے سے پوچھیں۔',
    queueFull: 'قطار اس وقت بھری ہوئی ہے۔ براہِ کرم بعد میں آئیں، یا عملے سے پوچھیں۔',
    tryAgain: 'دوبارہ کوشش کریں',

    stillThereTitle: 'کیا آپ ابھی یہاں ہیں؟',
    stillThereBody: 'اسکرین جلد شروع پر واپس چلی جائے گی۔',
    stillThereContinue: 'جی ہاں، میں یہاں ہوں',

    outOfOrderTitle: 'یہ اسکرین اس وقت کام نہیں کر رہی',
    outOfOrderBody: 'براہِ کرم عملے سے پوچھیں۔ اسکرین خود بخود دوبارہ چل پڑے گی۔',

    checkInSoon: 'جلد ہی آپ یہاں اپنی اپائنٹمنٹ کے لیے اپنی آمد درج کر سکیں گے۔',
    checkInMeanwhile: 'تب تک: نمبر لیں، یا عملے کو بتائیں کہ آپ کی اپائنٹمنٹ ہے۔',
    takeNumberInstead: 'اس کے بجائے نمبر لیں',

    receiptSelfService: 'یہ آن لائن بھی ہو سکتا ہے: {url}',
    receiptAppointment: 'آپ کی اپائنٹمنٹ: {time}',

    // Pages of services, what a closed service offers instead, a check-in's confirmation.
    closedWhatNow: 'اب کیا کریں؟',
    servicePages: 'خدمات کے صفحات',
    previousPage: 'پچھلا صفحہ',
    nextPage: 'مزید خدمات',
    pageOf: '{count} میں سے صفحہ {page}',
    closedBookTitle: 'اپائنٹمنٹ بُک کریں',
    closedBookBody: 'آن لائن وقت بُک کریں، اور جب آپ آئیں گے تو ہم آپ کے لیے تیار ہوں گے۔',
    closedBookScan: 'اپنے فون سے کوڈ اسکین کریں',
    closedBookQrLabel: 'آن لائن اپائنٹمنٹ بُک کرنے کے لیے QR کوڈ',
    closedAskTitle: 'استقبالیہ پر پوچھیں',
    closedAskBody: 'عملہ آپ کی مدد کرے گا، یا بتائے گا کہ آپ دوبارہ کب آ سکتے ہیں۔',
    closedComeBack: 'براہِ کرم {when} دوبارہ آئیں۔',
    chooseOther: 'کچھ اور منتخب کریں',
    checkedIn: 'آپ کی آمد درج ہو گئی ہے',
  },
});
