import type { TrackingStrings } from '../tracking-strings.js';
import { isolated, phoneExample } from './phone-example.js';

/** Arabic (Modern Standard), right to left; Western digits, as on the receipt and the wall displays. */
export const ar: TrackingStrings = {
  lang: 'ar',
  languageName: 'العربية',
  chooseLanguage: 'اللغة',
  siteName: 'خدمة المواطنين',
  skipToContent: 'انتقل إلى المحتوى',
  loading: 'جارٍ التحميل …',
  tryAgain: 'حاول مرة أخرى',
  networkError: 'تعذّر الاتصال. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.',

  trackTitle: 'رقمك',
  position: (position) => (position === 1 ? 'أنت التالي' : `ترتيبك في الطابور: ${position}`),
  calledTitle: 'حان دورك',
  goTo: (counter) => `توجّه إلى ${counter}`,
  counterSign: (name, number) => (number === null ? isolated(name) : `الشباك ${number} («${isolated(name)}»)`),
  servingText: (counter) => `تتم خدمتك الآن عند ${counter}.`,
  finishedText: 'شكرًا لزيارتك.',
  ticketNoShowText: 'نادينا رقمك لكننا لم نرك. اسأل في الاستقبال أو خذ رقمًا جديدًا.',
  ticketCancelledText: 'لقد تخلّيت عن مكانك في الطابور.',
  endedText: 'انتهى اليوم ولم يعد هذا الرقم صالحًا.',
  updatedAt: (time) => `آخر تحديث ${time}`,
  liveLost: 'انقطع الاتصال. نحاول مرة أخرى …',
  giveUp: 'أتخلّى عن مكاني',
  giveUpQuestion: 'هل تريد التخلّي عن مكانك في الطابور؟',
  giveUpConsequence: 'إذا أردت الخدمة بعد ذلك فستحتاج إلى رقم جديد.',
  confirmGiveUp: 'نعم، أتخلّى عن مكاني',
  keepPlace: 'لا، أحتفظ بمكاني',
  givingUp: 'جارٍ الإلغاء …',
  ticketNotFound: 'لا نجد هذا الرقم. ربما هو من يوم آخر.',

  smsTitle: 'تنبيه برسالة نصية',
  // "When the number ahead of you is 3": no noun after the figure, so no plural to agree with it.
  smsLead: (ahead) =>
    ahead === null ? 'نرسل لك رسالة نصية عندما يحين دورك.' : `نرسل لك رسالة نصية عندما يصبح عدد من أمامك ${ahead}، وعندما يحين دورك.`,
  smsPrivacy: 'نستخدم رقم الجوال لهذه الرسائل فقط، ونحذفه في نهاية اليوم.',
  smsPhone: 'رقم الجوال',
  smsPhoneHint: `8 أرقام، أو مع رمز الدولة، مثل ${isolated(phoneExample)}`,
  smsSubmit: 'أرسل لي رسالة نصية',
  smsSaving: 'جارٍ الحفظ …',
  smsConfirmed: (phone, ahead) =>
    ahead === null
      ? `سنرسل رسالة نصية إلى ${isolated(phone)} عندما يحين دورك.`
      : `سنرسل رسالة نصية إلى ${isolated(phone)} عندما يصبح عدد من أمامك ${ahead}، وعندما يحين دورك.`,
  smsNumberEndingIn: (digits) => `رقم الجوال المنتهي بـ ${digits}`,
  smsDeletedAtEnd: 'يُحذف الرقم في نهاية اليوم.',
  smsStop: 'أوقف الرسائل',
  smsStopping: 'جارٍ الإيقاف …',
  smsStopped: 'لن تصلك رسائل أخرى. حذفنا الرقم.',
  smsPhoneInvalid: `اكتب رقم جوال من 8 أرقام، أو مع رمز الدولة، مثل ${isolated(phoneExample)}.`,
  smsLimitTicket: 'غُيّر رقم الجوال مرات كثيرة. يمكنك متابعة دورك في هذه الصفحة.',
  smsLimitNumber: (tickets) => `هذا الرقم يتلقى اليوم رسائل عن الحد الأقصى من التذاكر (${tickets}). يمكنك متابعة دورك في هذه الصفحة.`,
  smsEnded: 'انتهى دورك، لذلك لن نرسل رسائل.',
  smsOff: 'لا يمكننا إرسال رسائل الآن. يمكنك متابعة دورك في هذه الصفحة.',
  smsTooMany: 'محاولات كثيرة. انتظر دقيقة ثم حاول مرة أخرى.',
};
