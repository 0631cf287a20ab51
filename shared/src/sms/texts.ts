/**
 * The words of the SMS messages in each language they are written in. Ukrainian is written in
 * Cyrillic here (readable by a translator) and romanised when sent (gsm.ts); Polish and Turkish
 * lose their diacritics the same way. Each kind has a full and a compact wording: the compact one
 * is used when a long place name or link would not fit 160 characters. No plural forms are
 * needed: a count is always given after a colon ("Foran dig: 3").
 *
 * Placeholders: {when} {place} {code} {link} {number} {ahead} {counter}.
 */

export const smsLanguages = ['da', 'en', 'pl', 'tr', 'so', 'uk'] as const;
export type SmsLanguage = (typeof smsLanguages)[number];

export type Wording = { full: string; compact: string };

export type LanguageTexts = {
  weekdays: readonly [string, string, string, string, string, string, string];
  /** `{weekday} {day} {month} {time}` → a date and time in this language. */
  when: (parts: { weekday: string; day: number; month: number; hour: string; minute: string }) => string;
  booked: Wording;
  reminder: Wording;
  moved: Wording;
  /** With a link to book anew, and without. */
  cancelled: Wording;
  cancelledNoLink: Wording;
  /** The same message when no link can be given (no public address). */
  noLink: { booked: Wording; reminder: Wording; moved: Wording };
  near: Wording;
  next: Wording;
  called: Wording;
  transferred: Wording;
};

export const texts: Record<SmsLanguage, LanguageTexts> = {
  da: {
    weekdays: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
    when: ({ weekday, day, month, hour, minute }) => `${weekday} ${day}.${month}. kl. ${hour}.${minute}`,
    booked: { full: 'Din tid er booket: {when}, {place}. Kode {code}. Flyt eller aflys: {link}', compact: 'Booket {when}, {place}. Kode {code}. {link}' },
    reminder: { full: 'Husk din tid {when}, {place}. Kode {code}. Flyt eller aflys: {link}', compact: 'Husk {when}, {place}. Kode {code}. {link}' },
    moved: { full: 'Din tid er flyttet til {when}, {place}. Kode {code}. Se tiden: {link}', compact: 'Flyttet til {when}, {place}. Kode {code}. {link}' },
    cancelled: { full: 'Din tid {when}, {place} er aflyst. Book en ny tid: {link}', compact: 'Aflyst: {when}, {place}. Ny tid: {link}' },
    cancelledNoLink: { full: 'Din tid {when}, {place} er aflyst.', compact: 'Aflyst: {when}, {place}.' },
    noLink: {
      booked: { full: 'Din tid er booket: {when}, {place}. Kode {code}. Vis koden ved skærmen i indgangen.', compact: 'Booket {when}, {place}. Kode {code}.' },
      reminder: { full: 'Husk din tid {when}, {place}. Kode {code}. Vis koden ved skærmen i indgangen.', compact: 'Husk {when}, {place}. Kode {code}.' },
      moved: { full: 'Din tid er flyttet til {when}, {place}. Kode {code}.', compact: 'Flyttet til {when}, {place}. Kode {code}.' },
    },
    near: { full: '{number}: Det er snart din tur. Foran dig: {ahead}. Kom til {place}.', compact: '{number}: Snart din tur. Foran dig: {ahead}. {place}' },
    next: { full: '{number}: Du er den næste. Kom til {place}.', compact: '{number}: Du er næste. {place}' },
    called: { full: '{number}: Det er din tur nu. Gå til {counter}.', compact: '{number}: Din tur. {counter}' },
    transferred: { full: '{number}: Du er sendt videre. Vent ved {place}.', compact: '{number}: Vent ved {place}.' },
  },
  en: {
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    when: ({ weekday, day, month, hour, minute }) => `${weekday} ${day}/${month} at ${hour}:${minute}`,
    booked: { full: 'Your appointment is booked: {when}, {place}. Code {code}. Move or cancel: {link}', compact: 'Booked {when}, {place}. Code {code}. {link}' },
    reminder: { full: 'Reminder: your appointment {when}, {place}. Code {code}. Move or cancel: {link}', compact: 'Reminder {when}, {place}. Code {code}. {link}' },
    moved: { full: 'Your appointment has been moved to {when}, {place}. Code {code}. See it: {link}', compact: 'Moved to {when}, {place}. Code {code}. {link}' },
    cancelled: { full: 'Your appointment {when}, {place} is cancelled. Book a new time: {link}', compact: 'Cancelled: {when}, {place}. New time: {link}' },
    cancelledNoLink: { full: 'Your appointment {when}, {place} is cancelled.', compact: 'Cancelled: {when}, {place}.' },
    noLink: {
      booked: { full: 'Your appointment is booked: {when}, {place}. Code {code}. Show the code at the screen by the entrance.', compact: 'Booked {when}, {place}. Code {code}.' },
      reminder: { full: 'Reminder: your appointment {when}, {place}. Code {code}. Show the code at the screen by the entrance.', compact: 'Reminder {when}, {place}. Code {code}.' },
      moved: { full: 'Your appointment has been moved to {when}, {place}. Code {code}.', compact: 'Moved to {when}, {place}. Code {code}.' },
    },
    near: { full: '{number}: Your turn is soon. Ahead of you: {ahead}. Please come to {place}.', compact: '{number}: Soon your turn. Ahead: {ahead}. {place}' },
    next: { full: '{number}: You are next. Please come to {place}.', compact: '{number}: You are next. {place}' },
    called: { full: '{number}: It is your turn now. Please go to {counter}.', compact: '{number}: Your turn. {counter}' },
    transferred: { full: '{number}: You have been sent on. Please wait at {place}.', compact: '{number}: Wait at {place}.' },
  },
  pl: {
    weekdays: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
    when: ({ weekday, day, month, hour, minute }) => `${weekday} ${day}.${month} godz. ${hour}:${minute}`,
    booked: { full: 'Wizyta zarezerwowana: {when}, {place}. Kod {code}. Zmień lub odwołaj: {link}', compact: 'Wizyta {when}, {place}. Kod {code}. {link}' },
    reminder: { full: 'Przypomnienie: wizyta {when}, {place}. Kod {code}. Zmień lub odwołaj: {link}', compact: 'Przypomnienie {when}, {place}. Kod {code}. {link}' },
    moved: { full: 'Wizyta przeniesiona na {when}, {place}. Kod {code}. Szczegóły: {link}', compact: 'Nowy termin {when}, {place}. Kod {code}. {link}' },
    cancelled: { full: 'Wizyta {when}, {place} odwołana. Nowy termin: {link}', compact: 'Odwołana: {when}, {place}. {link}' },
    cancelledNoLink: { full: 'Wizyta {when}, {place} odwołana.', compact: 'Odwołana: {when}, {place}.' },
    noLink: {
      booked: { full: 'Wizyta zarezerwowana: {when}, {place}. Kod {code}. Pokaż kod przy ekranie przy wejściu.', compact: 'Wizyta {when}, {place}. Kod {code}.' },
      reminder: { full: 'Przypomnienie: wizyta {when}, {place}. Kod {code}. Pokaż kod przy ekranie przy wejściu.', compact: 'Przypomnienie {when}, {place}. Kod {code}.' },
      moved: { full: 'Wizyta przeniesiona na {when}, {place}. Kod {code}.', compact: 'Nowy termin {when}, {place}. Kod {code}.' },
    },
    near: { full: '{number}: Wkrótce Twoja kolej. Przed Tobą: {ahead}. Podejdź: {place}.', compact: '{number}: Wkrótce kolej. Przed Tobą: {ahead}. {place}' },
    next: { full: '{number}: Jesteś następną osobą. Podejdź: {place}.', compact: '{number}: Jesteś następną osobą. {place}' },
    called: { full: '{number}: Teraz Twoja kolej. Podejdź do: {counter}.', compact: '{number}: Twoja kolej. {counter}' },
    transferred: { full: '{number}: Skierowano Cię dalej. Czekaj przy: {place}.', compact: '{number}: Czekaj: {place}.' },
  },
  tr: {
    weekdays: ['Pazartesi', 'Salı', 'Çarşamba', 'Perşembe', 'Cuma', 'Cumartesi', 'Pazar'],
    when: ({ weekday, day, month, hour, minute }) => `${day}.${month} ${weekday} saat ${hour}:${minute}`,
    booked: { full: 'Randevunuz alındı: {when}, {place}. Kod {code}. Değiştir veya iptal et: {link}', compact: 'Randevu {when}, {place}. Kod {code}. {link}' },
    reminder: { full: 'Hatırlatma: randevunuz {when}, {place}. Kod {code}. Değiştir veya iptal et: {link}', compact: 'Hatırlatma {when}, {place}. Kod {code}. {link}' },
    moved: { full: 'Randevunuz değişti: {when}, {place}. Kod {code}. Bilgi: {link}', compact: 'Yeni saat {when}, {place}. Kod {code}. {link}' },
    cancelled: { full: 'Randevunuz iptal edildi: {when}, {place}. Yeni randevu: {link}', compact: 'İptal: {when}, {place}. {link}' },
    cancelledNoLink: { full: 'Randevunuz iptal edildi: {when}, {place}.', compact: 'İptal: {when}, {place}.' },
    noLink: {
      booked: { full: 'Randevunuz alındı: {when}, {place}. Kod {code}. Kodu girişteki ekranda gösterin.', compact: 'Randevu {when}, {place}. Kod {code}.' },
      reminder: { full: 'Hatırlatma: randevunuz {when}, {place}. Kod {code}. Kodu girişteki ekranda gösterin.', compact: 'Hatırlatma {when}, {place}. Kod {code}.' },
      moved: { full: 'Randevunuz değişti: {when}, {place}. Kod {code}.', compact: 'Yeni saat {when}, {place}. Kod {code}.' },
    },
    near: { full: '{number}: Sıranız yaklaştı. Önünüzde: {ahead}. Lütfen gelin: {place}.', compact: '{number}: Sıra yakın. Önünüzde: {ahead}. {place}' },
    next: { full: '{number}: Sıradaki sizsiniz. Lütfen gelin: {place}.', compact: '{number}: Sıradaki siz. {place}' },
    called: { full: '{number}: Sıra sizde. Lütfen gidin: {counter}.', compact: '{number}: Sıra sizde. {counter}' },
    transferred: { full: '{number}: Başka bir yere yönlendirildiniz. Lütfen bekleyin: {place}.', compact: '{number}: Bekleyin: {place}.' },
  },
  so: {
    weekdays: ['Isniin', 'Talaado', 'Arbaco', 'Khamiis', 'Jimco', 'Sabti', 'Axad'],
    when: ({ weekday, day, month, hour, minute }) => `${weekday} ${day}/${month} saacadda ${hour}:${minute}`,
    booked: { full: 'Ballantaada waa la qabtay: {when}, {place}. Koodh {code}. Beddel ama baaji: {link}', compact: 'Ballan {when}, {place}. Koodh {code}. {link}' },
    reminder: { full: 'Xusuusin: ballantaada {when}, {place}. Koodh {code}. Beddel ama baaji: {link}', compact: 'Xusuusin {when}, {place}. Koodh {code}. {link}' },
    moved: { full: 'Ballantaada waa la beddelay: {when}, {place}. Koodh {code}. Eeg: {link}', compact: 'Ballan cusub {when}, {place}. Koodh {code}. {link}' },
    cancelled: { full: 'Ballantaada {when}, {place} waa la baajiyay. Ballan cusub: {link}', compact: 'La baajiyay: {when}, {place}. {link}' },
    cancelledNoLink: { full: 'Ballantaada {when}, {place} waa la baajiyay.', compact: 'La baajiyay: {when}, {place}.' },
    noLink: {
      booked: { full: 'Ballantaada waa la qabtay: {when}, {place}. Koodh {code}. Koodhka ku tus shaashadda albaabka.', compact: 'Ballan {when}, {place}. Koodh {code}.' },
      reminder: { full: 'Xusuusin: ballantaada {when}, {place}. Koodh {code}. Koodhka ku tus shaashadda albaabka.', compact: 'Xusuusin {when}, {place}. Koodh {code}.' },
      moved: { full: 'Ballantaada waa la beddelay: {when}, {place}. Koodh {code}.', compact: 'Ballan cusub {when}, {place}. Koodh {code}.' },
    },
    near: { full: '{number}: Kaalintaada waa soo dhow dahay. Hortaada: {ahead}. Fadlan kaalay: {place}.', compact: '{number}: Kaalintaada waa dhow. Hortaada: {ahead}. {place}' },
    next: { full: '{number}: Adiga ayaa xiga. Fadlan kaalay: {place}.', compact: '{number}: Adiga ayaa xiga. {place}' },
    called: { full: '{number}: Hadda waa kaalintaada. Fadlan u tag: {counter}.', compact: '{number}: Kaalintaada. {counter}' },
    transferred: { full: '{number}: Waa lagu wareejiyay. Fadlan sug: {place}.', compact: '{number}: Sug: {place}.' },
  },
  uk: {
    weekdays: ['понеділок', 'вівторок', 'середа', 'четвер', 'пʼятниця', 'субота', 'неділя'],
    when: ({ weekday, day, month, hour, minute }) => `${weekday} ${day}.${month} о ${hour}:${minute}`,
    booked: { full: 'Ваш запис підтверджено: {when}, {place}. Код {code}. Змінити чи скасувати: {link}', compact: 'Запис {when}, {place}. Код {code}. {link}' },
    reminder: { full: 'Нагадування: ваш запис {when}, {place}. Код {code}. Змінити чи скасувати: {link}', compact: 'Нагадування {when}, {place}. Код {code}. {link}' },
    moved: { full: 'Ваш запис перенесено на {when}, {place}. Код {code}. Деталі: {link}', compact: 'Перенесено на {when}, {place}. Код {code}. {link}' },
    cancelled: { full: 'Ваш запис {when}, {place} скасовано. Новий запис: {link}', compact: 'Скасовано: {when}, {place}. {link}' },
    cancelledNoLink: { full: 'Ваш запис {when}, {place} скасовано.', compact: 'Скасовано: {when}, {place}.' },
    noLink: {
      booked: { full: 'Ваш запис підтверджено: {when}, {place}. Код {code}. Покажіть код на екрані біля входу.', compact: 'Запис {when}, {place}. Код {code}.' },
      reminder: { full: 'Нагадування: ваш запис {when}, {place}. Код {code}. Покажіть код на екрані біля входу.', compact: 'Нагадування {when}, {place}. Код {code}.' },
      moved: { full: 'Ваш запис перенесено на {when}, {place}. Код {code}.', compact: 'Перенесено на {when}, {place}. Код {code}.' },
    },
    near: { full: '{number}: Скоро ваша черга. Перед вами: {ahead}. Підійдіть: {place}.', compact: '{number}: Скоро черга. Перед вами: {ahead}. {place}' },
    next: { full: '{number}: Ви наступні. Підійдіть: {place}.', compact: '{number}: Ви наступні. {place}' },
    called: { full: '{number}: Ваша черга. Підійдіть до: {counter}.', compact: '{number}: Ваша черга. {counter}' },
    transferred: { full: '{number}: Вас перенаправлено. Чекайте: {place}.', compact: '{number}: Чекайте: {place}.' },
  },
};
