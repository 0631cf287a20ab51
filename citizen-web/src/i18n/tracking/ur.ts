import type { TrackingStrings } from '../tracking-strings.js';
import { isolated, phoneExample } from './phone-example.js';

/** Urdu, right to left, in everyday words (the loanwords people use: "SMS", "کاؤنٹر"). */
export const ur: TrackingStrings = {
  lang: 'ur',
  languageName: 'اردو',
  chooseLanguage: 'زبان',
  siteName: 'شہری خدمات',
  skipToContent: 'مواد پر جائیں',
  loading: 'لوڈ ہو رہا ہے …',
  tryAgain: 'دوبارہ کوشش کریں',
  networkError: 'رابطہ نہیں ہو سکا۔ اپنا انٹرنیٹ کنکشن چیک کریں اور دوبارہ کوشش کریں۔',

  trackTitle: 'آپ کا نمبر',
  position: (position) => (position === 1 ? 'اگلی باری آپ کی ہے' : `قطار میں آپ کا نمبر: ${position}`),
  calledTitle: 'آپ کی باری آ گئی ہے',
  goTo: (counter) => `${counter} پر جائیں`,
  counterSign: (name, number) => (number === null ? isolated(name) : `کاؤنٹر ${number} («${isolated(name)}»)`),
  servingText: (counter) => `آپ کو ${counter} پر سروس دی جا رہی ہے۔`,
  finishedText: 'آنے کا شکریہ۔',
  ticketNoShowText: 'آپ کو بلایا گیا تھا لیکن آپ نظر نہیں آئے۔ استقبالیہ پر پوچھیں، یا نیا نمبر لیں۔',
  ticketCancelledText: 'آپ نے قطار میں اپنی جگہ چھوڑ دی ہے۔',
  endedText: 'دن ختم ہو گیا ہے اور یہ نمبر اب درست نہیں۔',
  updatedAt: (time) => `${time} پر اپ ڈیٹ ہوا`,
  liveLost: 'کنکشن ٹوٹ گیا۔ دوبارہ کوشش ہو رہی ہے …',
  giveUp: 'اپنی جگہ چھوڑ دیں',
  giveUpQuestion: 'کیا آپ قطار میں اپنی جگہ چھوڑنا چاہتے ہیں؟',
  giveUpConsequence: 'اگر آپ پھر بھی سروس چاہتے ہیں تو نیا نمبر لینا ہوگا۔',
  confirmGiveUp: 'ہاں، جگہ چھوڑ دیں',
  keepPlace: 'نہیں، جگہ رکھیں',
  givingUp: 'جگہ چھوڑی جا رہی ہے …',
  ticketNotFound: 'یہ نمبر نہیں مل رہا۔ شاید یہ کسی اور دن کا ہے۔',

  smsTitle: 'SMS پر اطلاع پائیں',
  smsLead: (ahead) =>
    ahead === null ? 'آپ کی باری آنے پر ہم آپ کو SMS بھیجیں گے۔' : `جب آپ سے آگے ${ahead} لوگ رہ جائیں، اور جب آپ کی باری آئے، ہم آپ کو SMS بھیجیں گے۔`,
  smsPrivacy: 'ہم موبائل نمبر صرف ان پیغامات کے لیے استعمال کرتے ہیں اور دن کے آخر میں مٹا دیتے ہیں۔',
  smsPhone: 'موبائل نمبر',
  smsPhoneHint: `8 ہندسے، یا ملک کے کوڈ کے ساتھ، مثلاً ${isolated(phoneExample)}`,
  smsSubmit: 'مجھے SMS بھیجیں',
  smsSaving: 'محفوظ ہو رہا ہے …',
  smsConfirmed: (phone, ahead) =>
    ahead === null
      ? `آپ کی باری آنے پر ہم ${isolated(phone)} پر SMS بھیجیں گے۔`
      : `جب آپ سے آگے ${ahead} لوگ رہ جائیں، اور جب آپ کی باری آئے، ہم ${isolated(phone)} پر SMS بھیجیں گے۔`,
  smsNumberEndingIn: (digits) => `${digits} پر ختم ہونے والا موبائل نمبر`,
  smsDeletedAtEnd: 'نمبر دن کے آخر میں مٹا دیا جاتا ہے۔',
  smsStop: 'SMS بند کریں',
  smsStopping: 'بند ہو رہا ہے …',
  smsStopped: 'اب آپ کو مزید SMS نہیں آئیں گے۔ نمبر مٹا دیا گیا ہے۔',
  smsPhoneInvalid: `8 ہندسوں کا موبائل نمبر لکھیں، یا ملک کے کوڈ کے ساتھ، مثلاً ${isolated(phoneExample)}۔`,
  smsLimitTicket: 'موبائل نمبر بہت بار بدلا جا چکا ہے۔ آپ اب بھی اس صفحے پر اپنی باری دیکھ سکتے ہیں۔',
  smsLimitNumber: (tickets) => `اس موبائل نمبر پر آج پہلے ہی ${tickets} نمبروں کے SMS آ رہے ہیں۔ آپ اب بھی اس صفحے پر اپنی باری دیکھ سکتے ہیں۔`,
  smsEnded: 'آپ کی باری ختم ہو چکی ہے، اس لیے ہم SMS نہیں بھیجیں گے۔',
  smsOff: 'ہم ابھی SMS نہیں بھیج سکتے۔ آپ اب بھی اس صفحے پر اپنی باری دیکھ سکتے ہیں۔',
  smsTooMany: 'بہت زیادہ کوششیں۔ ایک منٹ انتظار کریں اور دوبارہ کوشش کریں۔',
};
