import { completeLanguage } from './messages.js';

/**
 * Arabic (Modern Standard), right to left. Its receipt is printed in English: ESC/POS code pages
 * cannot join Arabic letters (docs/DECISIONS.md). Numbers are written with Western digits, as
 * the ticket numbers on the wall displays are.
 */
export const language = completeLanguage({
  code: 'ar',
  nativeName: 'العربية',
  englishName: 'Arabic',
  dir: 'rtl',
  printsAs: 'en',
  messages: {
    chooseLanguage: 'اختر اللغة',
    reachMode: 'الأزرار في الأسفل',
    largeText: 'نص كبير',
    back: 'رجوع',
    startOver: 'البداية',

    welcome: 'مرحبًا بكم في {centre}',
    startPrompt: 'ماذا تريد أن تفعل؟',
    takeNumber: 'خذ رقمًا',
    takeNumberHint: 'اختر سبب زيارتك واحصل على رقم',
    haveAppointment: 'لديّ موعد',
    haveAppointmentHint: 'سجّل وصولك إلى موعدك',
    centreClosed: 'المركز مغلق الآن',
    centreOpens: 'نفتح {when}',

    chooseService: 'ما سبب زيارتك؟',
    chooseServiceHint: 'اضغط على الخيار الأنسب. إذا لم تكن متأكدًا، فسيساعدك الموظفون.',
    closedNow: 'مغلق الآن',
    opensWhen: 'يفتح {when}',
    closedToday: 'مغلق بقية اليوم',
    alsoOnline: 'متاح أيضًا عبر الإنترنت',
    whenToday: 'اليوم الساعة {time}',
    whenTomorrow: 'غدًا الساعة {time}',
    whenWeekday: 'يوم {weekday} الساعة {time}',

    selfServiceTitle: 'يمكنك إنجاز هذا عبر الإنترنت',
    selfServiceBody: 'امسح الرمز بكاميرا هاتفك. سينقلك مباشرة إلى صفحة الخدمة الذاتية، ولن تحتاج إلى الانتظار.',
    selfServiceQrLabel: 'رمز QR لصفحة الخدمة الذاتية',
    selfServiceChooseOnline: 'سأنجزه عبر الإنترنت',
    selfServiceTakeNumber: 'خذ رقمًا على أي حال',
    selfServiceChosen: 'حسنًا. امسح الرمز بهاتفك الآن.',

    takingNumber: 'لحظة من فضلك …',
    yourNumber: 'رقمك',
    youAreNext: 'أنت التالي',
    peopleAhead: {
      zero: 'لا أحد قبلك',
      one: 'شخص واحد قبلك',
      two: 'شخصان قبلك',
      few: '{count} أشخاص قبلك',
      many: '{count} شخصًا قبلك',
      other: '{count} شخص قبلك',
    },
    printing: 'جارٍ طباعة تذكرتك …',
    takeYourTicket: 'خذ تذكرتك من الأسفل',
    followOnPhone: 'تابع دورك على هاتفك',
    trackingQrLabel: 'رمز QR لمتابعة رقمك على هاتفك',
    watchScreens: 'راقب الشاشات. سيظهر رقمك ويُنادى عليه.',
    printerProblemTitle: 'تعذّرت طباعة تذكرتك',
    printerProblemBody: 'رقمك لا يزال صالحًا. التقط صورة للرمز أو احفظ رقمك. تم إبلاغ الموظفين.',
    noPrinter: 'احفظ رقمك أو التقط صورة للرمز.',
    done: 'تم',
    issueFailed: 'تعذّر إعطاؤك رقمًا. حاول مرة أخرى أو اسأل الموظفين.',
    serviceNowClosed: 'هذه الخدمة مغلقة الآن. اختر خدمة أخرى أو اسأل الموظفين.',
    queueFull: 'الطابور ممتلئ الآن. عُد لاحقًا أو اسأل الموظفين.',
    tryAgain: 'حاول مرة أخرى',

    stillThereTitle: 'هل ما زلت هنا؟',
    stillThereBody: 'ستعود الشاشة إلى البداية قريبًا.',
    stillThereContinue: 'نعم، أنا هنا',

    outOfOrderTitle: 'هذه الشاشة لا تعمل الآن',
    outOfOrderBody: 'يُرجى سؤال الموظفين. ستعمل الشاشة من جديد تلقائيًا.',

    checkInSoon: 'قريبًا يمكنك تسجيل وصولك إلى موعدك هنا.',
    checkInMeanwhile: 'حتى ذلك الحين: خذ رقمًا، أو أخبر الموظفين بأن لديك موعدًا.',
    takeNumberInstead: 'خذ رقمًا بدلًا من ذلك',

    receiptSelfService: 'يمكن إنجاز ذلك أيضًا عبر الإنترنت: {url}',
    receiptAppointment: 'موعدك: الساعة {time}',

    // Pages of services, what a closed service offers instead, a check-in's confirmation.
    closedWhatNow: 'ماذا يمكنني أن أفعل؟',
    servicePages: 'صفحات الخدمات',
    previousPage: 'الصفحة السابقة',
    nextPage: 'المزيد من الخدمات',
    pageOf: 'الصفحة {page} من {count}',
    closedBookTitle: 'احجز موعدًا',
    closedBookBody: 'احجز موعدًا عبر الإنترنت، وسنكون مستعدين لاستقبالك عند حضورك.',
    closedBookScan: 'امسح الرمز بهاتفك',
    closedBookQrLabel: 'رمز QR لحجز موعد عبر الإنترنت',
    closedAskTitle: 'اسأل في الاستقبال',
    closedAskBody: 'سيساعدك الموظفون، أو يخبرونك متى يمكنك العودة.',
    closedComeBack: 'يُرجى العودة {when}.',
    chooseOther: 'اختر شيئًا آخر',
    checkedIn: 'تم تسجيل حضورك',
  },
});
