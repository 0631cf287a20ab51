import type { ErrorCode } from './errors.js';
import { kioskLanguages } from './local-name.js';

/**
 * What every app says when a request fails: one sentence per error code, so no screen shows the
 * server's own words (English, written for developers) and no app words the same refusal its
 * own way. Staff read Danish; citizens read their language (the kiosk's eight, the web pages'
 * Danish and English). Browser-safe (no Node).
 *
 * A sentence says what happened and what to do. It says "wait a moment" only where waiting
 * helps (a busy server, a lost connection), never for a refusal that will stand.
 */

/** Why a request failed: an API error code, no answer at all, or an answer that made no sense. */
export type FailureCode = ErrorCode | 'network' | 'unexpected-response';

/**
 * Who can be answered with each code. `citizens`: a citizen's page or the kiosk may meet it, so it
 * is said in every citizen language. `staff`: only staff apps, devices or the hub link meet it
 * (sign-in, counters, configuration, a malformed request only a bug would send); a citizen who
 * somehow meets one is told the general sentence. A new code must be placed here (type-checked).
 */
export const errorAudience = {
  'validation-failed': 'citizens',
  'malformed-json': 'staff',
  'unsupported-media-type': 'staff',
  'payload-too-large': 'staff',
  'not-found': 'citizens',
  unauthenticated: 'staff',
  forbidden: 'staff',
  'foreign-origin': 'staff',
  'invalid-credentials': 'staff',
  'too-many-requests': 'citizens',
  'server-busy': 'citizens',
  'service-closed': 'citizens',
  'centre-closed': 'citizens',
  'invalid-state': 'citizens',
  'counter-occupied': 'staff',
  'counter-closed': 'staff',
  'not-at-counter': 'staff',
  'ticket-in-progress': 'staff',
  conflict: 'citizens',
  'invalid-config': 'staff',
  'no-printer': 'staff',
  'gap-in-log': 'staff',
  'invalid-centre-key': 'staff',
  'booking-limit': 'citizens',
  'queue-full': 'citizens',
  'insufficient-storage': 'citizens',
  'storage-unavailable': 'citizens',
  'sms-off': 'citizens',
  'sms-limit': 'citizens',
} as const satisfies Record<ErrorCode, 'citizens' | 'staff'>;

type CitizenCode = { [Code in ErrorCode]: (typeof errorAudience)[Code] extends 'citizens' ? Code : never }[ErrorCode];
/** The sentences a citizen language must have: the citizens' codes, no answer, a strange answer, and anything else. */
export type CitizenFailure = CitizenCode | 'network' | 'unexpected-response' | 'other';

/** Danish, for staff (the centre's staff app and the hub's staff pages): every failure has its sentence. */
export const staffErrorMessages: Record<FailureCode, string> = {
  'validation-failed': 'Nogle oplysninger er ikke udfyldt rigtigt. Ret dem, og prøv igen.',
  'malformed-json': 'Serveren kunne ikke læse det, der blev sendt (en fejl i programmet). Genindlæs siden, og prøv igen.',
  'unsupported-media-type': 'Serveren kunne ikke læse det, der blev sendt (en fejl i programmet). Genindlæs siden, og prøv igen.',
  'payload-too-large': 'Det, der blev sendt, er for stort. Gør det mindre, og prøv igen.',
  'not-found': 'Det findes ikke (længere): det kan være slettet eller afsluttet.',
  unauthenticated: 'Du er ikke logget ind, eller din session er udløbet. Log ind igen.',
  forbidden: 'Det har du ikke adgang til med din rolle eller enhed.',
  'foreign-origin': 'Afvist, fordi forespørgslen kom fra en anden side end denne. Åbn appen direkte, og prøv igen.',
  'invalid-credentials': 'Forkert brugernavn eller adgangskode.',
  'too-many-requests': 'For mange forsøg på kort tid. Vent et minut, og prøv igen.',
  'server-busy': 'Serveren har travlt. Vent et øjeblik, og prøv igen.',
  'service-closed': 'Ydelsen tager ikke imod nye billetter.',
  'centre-closed': 'Centret er lukket.',
  'invalid-state': 'Det er allerede ændret (af en anden eller på en anden skærm), så handlingen passer ikke længere. Se, hvordan det står nu.',
  'counter-occupied': 'En anden er logget ind ved skranken.',
  'counter-closed': 'Skranken er lukket. Åbn den først.',
  'not-at-counter': 'Du sidder ikke ved den skranke, billetten er kaldt til.',
  'ticket-in-progress': 'Der er stadig en borger ved skranken. Afslut eller overfør besøget først.',
  conflict: 'Det strider mod noget, der allerede er gemt: fx et brugernavn, der er taget, eller en tid, der lige er booket.',
  'invalid-config': 'Konfigurationen er ikke gyldig. Intet er gemt.',
  'no-printer': 'Kiosken har ingen printer sat op på serveren.',
  'gap-in-log': 'Byens hub mangler hændelser fra centret. Centret sender dem igen af sig selv.',
  'invalid-centre-key': 'Byens hub kender ikke centrets nøgle. Kontakt it-support.',
  'booking-limit': 'Telefonnummeret eller e-mailadressen har allerede så mange bookinger, som man må have.',
  'queue-full': 'Køen er fuld. Der gives ingen nye numre, før den bliver kortere.',
  'insufficient-storage': 'Serverens disk er fuld, så intet blev gemt. Kontakt it-support.',
  'storage-unavailable': 'Serveren kan ikke gemme noget (databasen svarer ikke), så intet blev gemt. Kontakt it-support.',
  'sms-off': 'Centret sender ikke SMS.',
  'sms-limit': 'Grænsen for SMS er nået for billetten eller nummeret.',
  network: 'Ingen forbindelse til serveren, så intet blev ændret. Prøv igen, når forbindelsen er tilbage.',
  'unexpected-response': 'Serveren svarede uventet. Prøv igen; sker det igen, så kontakt it-support.',
};

/** The citizen languages: the kiosk's eight (the web pages use Danish and English of them). */
export const citizenErrorLanguages = kioskLanguages;
export type CitizenErrorLanguage = (typeof citizenErrorLanguages)[number];

/** Each citizen language's sentences, in plain words (checked complete by the types and a test). */
export const citizenErrorMessages: Record<CitizenErrorLanguage, Record<CitizenFailure, string>> = {
  da: {
    'validation-failed': 'Nogle oplysninger er ikke udfyldt rigtigt. Ret dem, og prøv igen.',
    'not-found': 'Vi kan ikke finde det. Det kan være aflyst eller afsluttet.',
    'too-many-requests': 'Der har været for mange forsøg. Vent et minut, og prøv igen.',
    'server-busy': 'Der er travlt i systemet. Vent et øjeblik, og prøv igen.',
    'service-closed': 'Der gives ikke flere numre til det her. Spørg personalet, eller book en tid.',
    'centre-closed': 'Centret er lukket. Se åbningstiderne, eller book en tid.',
    'invalid-state': 'Det kan ikke gøres længere, for det er allerede ændret. Genindlæs siden for at se, hvordan det står nu.',
    conflict: 'Noget blev ændret imens, fx er tiden lige blevet taget. Vælg igen.',
    'booking-limit': 'Du har allerede så mange bookinger, som man må have. Aflys en, eller ring til os.',
    'queue-full': 'Køen er fuld. Kom igen senere, eller spørg personalet.',
    'insufficient-storage': 'Vi har en teknisk fejl, så intet blev gemt. Prøv igen senere, eller spørg personalet.',
    'storage-unavailable': 'Vi har en teknisk fejl, så intet blev gemt. Prøv igen senere, eller spørg personalet.',
    'sms-off': 'Centret sender ikke SMS.',
    'sms-limit': 'Grænsen for SMS er nået for denne billet eller dette nummer.',
    network: 'Vi kunne ikke få forbindelse. Tjek din internetforbindelse, og prøv igen.',
    'unexpected-response': 'Noget gik galt hos os. Prøv igen, eller spørg personalet.',
    other: 'Noget gik galt. Prøv igen, eller spørg personalet.',
  },
  en: {
    'validation-failed': 'Some details are not filled in correctly. Please correct them and try again.',
    'not-found': 'We cannot find it. It may have been cancelled or finished.',
    'too-many-requests': 'There have been too many attempts. Please wait a minute and try again.',
    'server-busy': 'The system is busy. Please wait a moment and try again.',
    'service-closed': 'No more numbers are given for this. Please ask the staff, or book an appointment.',
    'centre-closed': 'The centre is closed. See the opening hours, or book an appointment.',
    'invalid-state': 'This can no longer be done because it has already changed. Reload the page to see where it stands.',
    conflict: 'Something changed meanwhile, for example the time was just taken. Please choose again.',
    'booking-limit': 'You already have as many bookings as allowed. Cancel one, or call us.',
    'queue-full': 'The queue is full. Please come back later, or ask the staff.',
    'insufficient-storage': 'We have a technical fault, so nothing was saved. Please try again later, or ask the staff.',
    'storage-unavailable': 'We have a technical fault, so nothing was saved. Please try again later, or ask the staff.',
    'sms-off': 'This centre does not send text messages.',
    'sms-limit': 'The limit for text messages has been reached for this ticket or this number.',
    network: 'We could not connect. Check your internet connection and try again.',
    'unexpected-response': 'Something went wrong on our side. Please try again, or ask the staff.',
    other: 'Something went wrong. Please try again, or ask the staff.',
  },
  ar: {
    'validation-failed': 'بعض البيانات غير مكتوبة بشكل صحيح. صحّحها وحاول مرة أخرى.',
    'not-found': 'لا نستطيع العثور عليه. ربما تم إلغاؤه أو انتهى.',
    'too-many-requests': 'حدثت محاولات كثيرة جدًا. انتظر دقيقة ثم حاول مرة أخرى.',
    'server-busy': 'النظام مشغول. انتظر قليلًا ثم حاول مرة أخرى.',
    'service-closed': 'لا تُعطى أرقام أخرى لهذه الخدمة. اسأل الموظفين أو احجز موعدًا.',
    'centre-closed': 'المركز مغلق. راجع أوقات العمل أو احجز موعدًا.',
    'invalid-state': 'لم يعد ذلك ممكنًا لأنه تغيّر بالفعل. أعد تحميل الصفحة لترى الوضع الحالي.',
    conflict: 'تغيّر شيء في هذه الأثناء، مثلًا تم حجز الموعد للتو. اختر مرة أخرى.',
    'booking-limit': 'لديك بالفعل أكبر عدد مسموح به من الحجوزات. ألغِ أحدها أو اتصل بنا.',
    'queue-full': 'الطابور ممتلئ. عُد لاحقًا أو اسأل الموظفين.',
    'insufficient-storage': 'لدينا عطل تقني، لذلك لم يُحفظ شيء. حاول لاحقًا أو اسأل الموظفين.',
    'storage-unavailable': 'لدينا عطل تقني، لذلك لم يُحفظ شيء. حاول لاحقًا أو اسأل الموظفين.',
    'sms-off': 'هذا المركز لا يرسل رسائل نصية.',
    'sms-limit': 'تم الوصول إلى الحد الأقصى للرسائل النصية لهذه التذكرة أو لهذا الرقم.',
    network: 'تعذّر الاتصال. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.',
    'unexpected-response': 'حدث خطأ من جهتنا. حاول مرة أخرى أو اسأل الموظفين.',
    other: 'حدث خطأ ما. حاول مرة أخرى أو اسأل الموظفين.',
  },
  so: {
    'validation-failed': 'Xog qaar si sax ah looma buuxin. Sax oo isku day mar kale.',
    'not-found': 'Ma heli karno. Waxaa laga yaabaa in la joojiyay ama la dhammeeyay.',
    'too-many-requests': 'Isku dayo badan ayaa dhacay. Sug hal daqiiqo, kadibna isku day mar kale.',
    'server-busy': 'Nidaamku wuu mashquulsan yahay. Wax yar sug, kadibna isku day mar kale.',
    'service-closed': 'Lambarro kale looma bixiyo tan. Weydii shaqaalaha, ama ballan qabso.',
    'centre-closed': 'Xaruntu way xiran tahay. Eeg saacadaha furitaanka, ama ballan qabso.',
    'invalid-state': 'Tan hadda lama samayn karo, sababtoo ah horay ayay isu beddeshay. Dib u shub bogga si aad u aragto xaaladda.',
    conflict: 'Wax ayaa isbeddelay inta lagu jiray, tusaale ahaan waqtiga ayaa hadda la qaatay. Mar kale dooro.',
    'booking-limit': 'Waxaad horay u haysataa inta ballan ee la oggol yahay. Mid jooji, ama na soo wac.',
    'queue-full': 'Safku wuu buuxaa. Goor dambe soo noqo, ama weydii shaqaalaha.',
    'insufficient-storage': 'Cillad farsamo ayaa jirta, sidaas darteed waxba lama kaydin. Goor dambe isku day, ama weydii shaqaalaha.',
    'storage-unavailable': 'Cillad farsamo ayaa jirta, sidaas darteed waxba lama kaydin. Goor dambe isku day, ama weydii shaqaalaha.',
    'sms-off': 'Xaruntani ma dirto fariimo SMS ah.',
    'sms-limit': 'Xadka fariimaha SMS waa la gaaray tigidhkan ama lambarkan.',
    network: 'Xiriir lama samayn karin. Hubi internetkaaga, kadibna isku day mar kale.',
    'unexpected-response': 'Khalad ayaa dhinaceenna ka dhacay. Isku day mar kale, ama weydii shaqaalaha.',
    other: 'Wax baa khaldamay. Isku day mar kale, ama weydii shaqaalaha.',
  },
  pl: {
    'validation-failed': 'Niektóre dane są wpisane nieprawidłowo. Popraw je i spróbuj ponownie.',
    'not-found': 'Nie możemy tego znaleźć. Mogło zostać odwołane lub zakończone.',
    'too-many-requests': 'Było zbyt wiele prób. Odczekaj minutę i spróbuj ponownie.',
    'server-busy': 'System jest zajęty. Odczekaj chwilę i spróbuj ponownie.',
    'service-closed': 'Nie wydajemy już numerków do tej sprawy. Zapytaj personel albo umów wizytę.',
    'centre-closed': 'Centrum jest zamknięte. Sprawdź godziny otwarcia albo umów wizytę.',
    'invalid-state': 'Nie można już tego zrobić, bo to się zmieniło. Odśwież stronę, aby zobaczyć aktualny stan.',
    conflict: 'Coś zmieniło się w międzyczasie, na przykład ktoś właśnie zajął ten termin. Wybierz ponownie.',
    'booking-limit': 'Masz już tyle rezerwacji, ile można. Odwołaj jedną albo zadzwoń do nas.',
    'queue-full': 'Kolejka jest pełna. Wróć później albo zapytaj personel.',
    'insufficient-storage': 'Mamy usterkę techniczną, więc nic nie zostało zapisane. Spróbuj później albo zapytaj personel.',
    'storage-unavailable': 'Mamy usterkę techniczną, więc nic nie zostało zapisane. Spróbuj później albo zapytaj personel.',
    'sms-off': 'To centrum nie wysyła SMS-ów.',
    'sms-limit': 'Osiągnięto limit SMS-ów dla tego numerka lub tego numeru telefonu.',
    network: 'Nie udało się połączyć. Sprawdź połączenie z internetem i spróbuj ponownie.',
    'unexpected-response': 'Wystąpił błąd po naszej stronie. Spróbuj ponownie albo zapytaj personel.',
    other: 'Coś poszło nie tak. Spróbuj ponownie albo zapytaj personel.',
  },
  uk: {
    'validation-failed': 'Деякі дані заповнено неправильно. Виправте їх і спробуйте ще раз.',
    'not-found': 'Ми не можемо це знайти. Можливо, це скасовано або завершено.',
    'too-many-requests': 'Забагато спроб. Зачекайте хвилину і спробуйте ще раз.',
    'server-busy': 'Система зайнята. Зачекайте трохи і спробуйте ще раз.',
    'service-closed': 'Нові номери на це більше не видаються. Зверніться до працівників або запишіться на прийом.',
    'centre-closed': 'Центр зачинено. Перегляньте години роботи або запишіться на прийом.',
    'invalid-state': 'Цього вже не можна зробити, бо все змінилося. Оновіть сторінку, щоб побачити, як є зараз.',
    conflict: 'Щось змінилося тим часом, наприклад, цей час щойно зайняли. Виберіть ще раз.',
    'booking-limit': 'У вас уже стільки записів, скільки дозволено. Скасуйте один або зателефонуйте нам.',
    'queue-full': 'Черга заповнена. Приходьте пізніше або зверніться до працівників.',
    'insufficient-storage': 'У нас технічна несправність, тому нічого не збережено. Спробуйте пізніше або зверніться до працівників.',
    'storage-unavailable': 'У нас технічна несправність, тому нічого не збережено. Спробуйте пізніше або зверніться до працівників.',
    'sms-off': 'Цей центр не надсилає SMS.',
    'sms-limit': 'Досягнуто ліміту SMS для цього квитка або цього номера.',
    network: 'Не вдалося з’єднатися. Перевірте підключення до інтернету і спробуйте ще раз.',
    'unexpected-response': 'Сталася помилка з нашого боку. Спробуйте ще раз або зверніться до працівників.',
    other: 'Щось пішло не так. Спробуйте ще раз або зверніться до працівників.',
  },
  tr: {
    'validation-failed': 'Bazı bilgiler doğru doldurulmamış. Düzeltip tekrar deneyin.',
    'not-found': 'Bunu bulamıyoruz. İptal edilmiş veya tamamlanmış olabilir.',
    'too-many-requests': 'Çok fazla deneme yapıldı. Bir dakika bekleyip tekrar deneyin.',
    'server-busy': 'Sistem meşgul. Biraz bekleyip tekrar deneyin.',
    'service-closed': 'Bunun için artık numara verilmiyor. Personele sorun veya randevu alın.',
    'centre-closed': 'Merkez kapalı. Çalışma saatlerine bakın veya randevu alın.',
    'invalid-state': 'Bu artık yapılamaz, çünkü zaten değişti. Güncel durumu görmek için sayfayı yenileyin.',
    conflict: 'Bu arada bir şey değişti, örneğin bu saat az önce alındı. Lütfen yeniden seçin.',
    'booking-limit': 'İzin verilen sayıda randevunuz zaten var. Birini iptal edin veya bizi arayın.',
    'queue-full': 'Sıra dolu. Daha sonra tekrar gelin veya personele sorun.',
    'insufficient-storage': 'Teknik bir arıza var, bu yüzden hiçbir şey kaydedilmedi. Daha sonra tekrar deneyin veya personele sorun.',
    'storage-unavailable': 'Teknik bir arıza var, bu yüzden hiçbir şey kaydedilmedi. Daha sonra tekrar deneyin veya personele sorun.',
    'sms-off': 'Bu merkez SMS göndermiyor.',
    'sms-limit': 'Bu bilet veya bu numara için SMS sınırına ulaşıldı.',
    network: 'Bağlantı kurulamadı. İnternet bağlantınızı kontrol edip tekrar deneyin.',
    'unexpected-response': 'Bizim tarafımızda bir hata oluştu. Tekrar deneyin veya personele sorun.',
    other: 'Bir şeyler ters gitti. Tekrar deneyin veya personele sorun.',
  },
  ur: {
    'validation-failed': 'کچھ معلومات درست طریقے سے نہیں بھری گئیں۔ انہیں درست کریں اور دوبارہ کوشش کریں۔',
    'not-found': 'ہمیں یہ نہیں مل رہا۔ ہو سکتا ہے یہ منسوخ یا مکمل ہو چکا ہو۔',
    'too-many-requests': 'بہت زیادہ کوششیں ہو چکی ہیں۔ ایک منٹ انتظار کریں اور دوبارہ کوشش کریں۔',
    'server-busy': 'سسٹم مصروف ہے۔ تھوڑا انتظار کریں اور دوبارہ کوشش کریں۔',
    'service-closed': 'اس کے لیے مزید نمبر نہیں دیے جا رہے۔ عملے سے پوچھیں یا وقت بُک کریں۔',
    'centre-closed': 'مرکز بند ہے۔ کھلنے کے اوقات دیکھیں یا وقت بُک کریں۔',
    'invalid-state': 'اب یہ نہیں ہو سکتا کیونکہ یہ پہلے ہی بدل چکا ہے۔ موجودہ صورتحال دیکھنے کے لیے صفحہ دوبارہ لوڈ کریں۔',
    conflict: 'اس دوران کچھ بدل گیا، مثلاً یہ وقت ابھی کسی نے لے لیا۔ دوبارہ منتخب کریں۔',
    'booking-limit': 'آپ کے پاس پہلے ہی اجازت کے مطابق زیادہ سے زیادہ بکنگز ہیں۔ ایک منسوخ کریں یا ہمیں فون کریں۔',
    'queue-full': 'قطار بھری ہوئی ہے۔ بعد میں آئیں یا عملے سے پوچھیں۔',
    'insufficient-storage': 'ہمارے ہاں تکنیکی خرابی ہے، اس لیے کچھ محفوظ نہیں ہوا۔ بعد میں کوشش کریں یا عملے سے پوچھیں۔',
    'storage-unavailable': 'ہمارے ہاں تکنیکی خرابی ہے، اس لیے کچھ محفوظ نہیں ہوا۔ بعد میں کوشش کریں یا عملے سے پوچھیں۔',
    'sms-off': 'یہ مرکز SMS نہیں بھیجتا۔',
    'sms-limit': 'اس ٹکٹ یا اس نمبر کے لیے SMS کی حد پوری ہو گئی ہے۔',
    network: 'رابطہ نہیں ہو سکا۔ اپنا انٹرنیٹ کنکشن چیک کریں اور دوبارہ کوشش کریں۔',
    'unexpected-response': 'ہماری طرف سے کوئی خرابی ہوئی۔ دوبارہ کوشش کریں یا عملے سے پوچھیں۔',
    other: 'کچھ غلط ہو گیا۔ دوبارہ کوشش کریں یا عملے سے پوچھیں۔',
  },
};

const isFailureCode = (code: string): code is FailureCode => Object.hasOwn(staffErrorMessages, code);

/**
 * The Danish sentence for staff. A code this build does not know (a newer server) gets the
 * sentence of a strange answer: still Danish, never the server's words.
 */
export function staffErrorMessage(code: string): string {
  return isFailureCode(code) ? staffErrorMessages[code] : staffErrorMessages['unexpected-response'];
}

const isCitizenLanguage = (lang: string): lang is CitizenErrorLanguage => (citizenErrorLanguages as readonly string[]).includes(lang);

/** Which of a citizen language's sentences a code gets: its own, or the general one. */
export function citizenFailureOf(code: string): CitizenFailure {
  if (code === 'network' || code === 'unexpected-response') return code;
  if (Object.hasOwn(errorAudience, code) && errorAudience[code as ErrorCode] === 'citizens') return code as CitizenCode;
  return 'other';
}

/** The sentence for a citizen in `lang` (English for a language that is not a citizen language). */
export function citizenErrorMessage(code: string, lang: string): string {
  return citizenErrorMessages[isCitizenLanguage(lang) ? lang : 'en'][citizenFailureOf(code)];
}
