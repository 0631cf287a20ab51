import { moreCheckInTexts } from './check-in-translations.js';

/**
 * The check-in screen's own texts, in Danish, English and Arabic here and the kiosk's other
 * languages in check-in-translations.ts; a language with none shows the English. `{name}` is filled in.
 */
const da = {
  title: 'Tjek ind til din aftale',
  hint: 'Hold QR-koden fra din bekræftelse eller dit gule sundhedskort under scanneren – eller skriv din bookingkode.',
  codeLabel: 'Bookingkode',
  typedNothing: 'Ingen tegn skrevet endnu',
  typed: 'Skrevet: {symbols}',
  keypadLabel: 'Tastatur til bookingkoden',
  delete: 'Slet',
  clear: 'Ryd',
  checkIn: 'Tjek ind',
  checking: 'Vi finder din aftale …',
  incomplete: 'Koden har 8 tegn. Skriv resten, eller scan QR-koden.',
  notFound: 'Vi kan ikke finde en aftale med den kode. Tjek koden i din bekræftelse.',
  notFoundCard: 'Vi kan ikke finde en aftale i dag til dit sundhedskort. Prøv med bookingkoden, eller tag et nummer.',
  unreadable: 'Vi kunne ikke læse det, der blev scannet. Prøv igen, eller skriv koden.',
  failed: 'Noget gik galt. Prøv igen om lidt.',
  tooEarlyTitle: 'Du er kommet i god tid',
  tooEarlyBody: 'Din tid er kl. {time}. Du kan tjekke ind fra kl. {opens}.',
  otherDayTitle: 'Din tid er en anden dag',
  tooEarlyOtherDayBody: 'Din tid er {date} kl. {time}. Den dag kan du tjekke ind fra kl. {opens}.',
  tooLateTitle: 'Din tid er overskredet',
  tooLateBody: 'Din tid var kl. {time}, og tjek-ind er lukket. Tag et almindeligt nummer, så hjælper vi dig, så snart vi kan.',
  tooLateBodyNoTime: 'Tjek-ind til din tid er lukket. Tag et almindeligt nummer, så hjælper vi dig, så snart vi kan.',
  tooLateOtherDayBody: 'Din tid var {date} kl. {time}, og tjek-ind er lukket. Tag et almindeligt nummer, så hjælper vi dig, så snart vi kan.',
  unavailableTitle: 'Du kan ikke tjekke ind med denne kode',
  unavailableBody: 'Spørg personalet, eller tag et nummer.',
  takeNumber: 'Tag et nummer',
  again: 'Prøv en anden kode',
  done: 'Færdig',
};

export type CheckInTexts = typeof da;
export type CheckInTextKey = keyof CheckInTexts;

const en: CheckInTexts = {
  title: 'Check in for your appointment',
  hint: 'Hold the QR code from your confirmation or your yellow health card under the scanner – or type your booking code.',
  codeLabel: 'Booking code',
  typedNothing: 'Nothing typed yet',
  typed: 'Typed: {symbols}',
  keypadLabel: 'Keypad for the booking code',
  delete: 'Delete',
  clear: 'Clear',
  checkIn: 'Check in',
  checking: 'Finding your appointment …',
  incomplete: 'The code has 8 characters. Type the rest, or scan the QR code.',
  notFound: 'We cannot find an appointment with that code. Check the code in your confirmation.',
  notFoundCard: 'We cannot find an appointment today for your health card. Try the booking code, or take a number.',
  unreadable: 'We could not read what was scanned. Try again, or type the code.',
  failed: 'Something went wrong. Please try again in a moment.',
  tooEarlyTitle: 'You are early',
  tooEarlyBody: 'Your appointment is at {time}. You can check in from {opens}.',
  otherDayTitle: 'Your appointment is on another day',
  tooEarlyOtherDayBody: 'Your appointment is on {date} at {time}. On that day you can check in from {opens}.',
  tooLateTitle: 'Your appointment time has passed',
  tooLateBody: 'Your appointment was at {time} and check-in has closed. Take an ordinary number and we will help you as soon as we can.',
  tooLateBodyNoTime: 'Check-in for your appointment has closed. Take an ordinary number and we will help you as soon as we can.',
  tooLateOtherDayBody: 'Your appointment was on {date} at {time} and check-in has closed. Take an ordinary number and we will help you as soon as we can.',
  unavailableTitle: 'You cannot check in with this code',
  unavailableBody: 'Please ask the staff, or take a number.',
  takeNumber: 'Take a number',
  again: 'Try another code',
  done: 'Done',
};

const ar: CheckInTexts = {
  title: 'تسجيل الحضور لموعدك',
  hint: 'ضع رمز QR من رسالة التأكيد أو بطاقتك الصحية الصفراء تحت الماسح الضوئي – أو اكتب رمز الحجز.',
  codeLabel: 'رمز الحجز',
  typedNothing: 'لم تتم كتابة أي حرف بعد',
  typed: 'المكتوب: {symbols}',
  keypadLabel: 'لوحة مفاتيح رمز الحجز',
  delete: 'حذف',
  clear: 'مسح الكل',
  checkIn: 'تسجيل الحضور',
  checking: 'نبحث عن موعدك …',
  incomplete: 'الرمز مكوّن من 8 أحرف. اكتب الباقي، أو امسح رمز QR.',
  notFound: 'لا نجد موعدًا بهذا الرمز. تحقّق من الرمز في رسالة التأكيد.',
  notFoundCard: 'لا نجد موعدًا اليوم لبطاقتك الصحية. جرّب رمز الحجز، أو خذ رقمًا.',
  unreadable: 'لم نتمكن من قراءة ما تم مسحه. حاول مرة أخرى، أو اكتب الرمز.',
  failed: 'حدث خطأ ما. حاول مرة أخرى بعد قليل.',
  tooEarlyTitle: 'لقد جئت مبكرًا',
  tooEarlyBody: 'موعدك الساعة {time}. يمكنك تسجيل الحضور ابتداءً من الساعة {opens}.',
  otherDayTitle: 'موعدك في يوم آخر',
  tooEarlyOtherDayBody: 'موعدك يوم {date} الساعة {time}. في ذلك اليوم يمكنك تسجيل الحضور ابتداءً من الساعة {opens}.',
  tooLateTitle: 'لقد فات وقت موعدك',
  tooLateBody: 'كان موعدك الساعة {time} وقد أُغلق تسجيل الحضور. خذ رقمًا عاديًا وسنساعدك في أقرب وقت ممكن.',
  tooLateBodyNoTime: 'أُغلق تسجيل الحضور لموعدك. خذ رقمًا عاديًا وسنساعدك في أقرب وقت ممكن.',
  tooLateOtherDayBody: 'كان موعدك يوم {date} الساعة {time} وقد أُغلق تسجيل الحضور. خذ رقمًا عاديًا وسنساعدك في أقرب وقت ممكن.',
  unavailableTitle: 'لا يمكنك تسجيل الحضور بهذا الرمز',
  unavailableBody: 'اسأل الموظفين، أو خذ رقمًا.',
  takeNumber: 'خذ رقمًا',
  again: 'جرّب رمزًا آخر',
  done: 'تم',
};

const texts: Record<string, CheckInTexts> = { da, en, ar, ...moreCheckInTexts };

/** The check-in's texts in `lang`, or English; with `{name}` filled in. */
export function checkInTexts(lang: string): { lang: string; text(key: CheckInTextKey, params?: Record<string, string>): string } {
  const own = texts[lang];
  const chosen = own ?? en;
  return {
    lang: own ? lang : 'en',
    text: (key, params = {}) => chosen[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => params[name] ?? placeholder),
  };
}
