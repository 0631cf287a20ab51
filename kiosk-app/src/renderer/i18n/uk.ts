import { partialLanguage } from './messages.js';

/**
 * Ukrainian: every text, not yet read by a native speaker in the centre (hence "partial"). The
 * receipt prints in Ukrainian through cp866, where і and ґ become i and г (printer/).
 */
export const language = partialLanguage({
  code: 'uk',
  nativeName: 'Українська',
  englishName: 'Ukrainian',
  dir: 'ltr',
  printsAs: 'uk',
  messages: {
    chooseLanguage: 'Оберіть мову',
    reachMode: 'Кнопки внизу',
    largeText: 'Великий текст',
    back: 'Назад',
    startOver: 'Спочатку',

    welcome: 'Ласкаво просимо – {centre}',
    startPrompt: 'Що ви хочете зробити?',
    takeNumber: 'Взяти номер',
    takeNumberHint: 'Оберіть, у якій справі ви прийшли, і отримайте номер',
    haveAppointment: 'Я маю запис',
    haveAppointmentHint: 'Повідомте про свій прихід',
    centreClosed: 'Зараз ми зачинені',
    centreOpens: 'Відкриваємося: {when}',

    chooseService: 'У якій справі ви прийшли?',
    chooseServiceHint: 'Натисніть на те, що підходить найкраще. Якщо ви не впевнені, працівники вам допоможуть.',
    closedNow: 'Зараз зачинено',
    opensWhen: 'Відкриття: {when}',
    closedToday: 'Зачинено до кінця дня',
    alsoOnline: 'Можна також зробити онлайн',
    whenToday: 'сьогодні, {time}',
    whenTomorrow: 'завтра, {time}',
    whenWeekday: '{weekday}, {time}',

    selfServiceTitle: 'Це можна зробити онлайн',
    selfServiceBody: 'Відскануйте код камерою телефона. Він відкриє сторінку самообслуговування, і вам не доведеться чекати.',
    selfServiceQrLabel: 'QR-код сторінки самообслуговування',
    selfServiceChooseOnline: 'Я зроблю це онлайн',
    selfServiceTakeNumber: 'Все одно взяти номер',
    selfServiceChosen: 'Добре. Тепер відскануйте код телефоном.',

    takingNumber: 'Хвилинку …',
    yourNumber: 'Ваш номер',
    youAreNext: 'Ви наступні',
    peopleAhead: { one: 'Перед вами {count} людина', few: 'Перед вами {count} людини', many: 'Перед вами {count} людей', other: 'Перед вами {count} людини' },
    printing: 'Ваш талон друкується …',
    takeYourTicket: 'Візьміть талон унизу',
    followOnPhone: 'Стежте за своєю чергою в телефоні',
    trackingQrLabel: 'QR-код, щоб стежити за своїм номером у телефоні',
    watchScreens: 'Стежте за екранами. Ваш номер буде показано й оголошено.',
    printerProblemTitle: 'Не вдалося надрукувати талон',
    printerProblemBody: 'Ваш номер дійсний. Сфотографуйте код або запам’ятайте номер. Працівників повідомлено.',
    noPrinter: 'Запам’ятайте номер або сфотографуйте код.',
    done: 'Готово',
    issueFailed: 'Не вдалося видати вам номер. Спробуйте ще раз або зверніться до працівників.',
    serviceNowClosed: 'Зараз зачинено. Оберіть щось інше або зверніться до працівників.',
    queueFull: 'Черга зараз заповнена. Приходьте пізніше або зверніться до працівників.',
    tryAgain: 'Спробувати ще раз',

    stillThereTitle: 'Ви ще тут?',
    stillThereBody: 'Незабаром екран повернеться на початок.',
    stillThereContinue: 'Так, я тут',

    outOfOrderTitle: 'Цей екран зараз не працює',
    outOfOrderBody: 'Зверніться до працівників. Екран запрацює знову сам.',

    checkInSoon: 'Незабаром тут можна буде зареєструвати свій прихід на запис.',
    checkInMeanwhile: 'А поки що: візьміть номер або скажіть працівникам, що маєте запис.',
    takeNumberInstead: 'Натомість взяти номер',

    receiptSelfService: 'Можна також зробити онлайн: {url}',
    receiptAppointment: 'Ваш запис: {time}',

    // Pages of services, what a closed service offers instead, a check-in's confirmation.
    closedWhatNow: 'Що я можу зробити?',
    servicePages: 'Сторінки послуг',
    previousPage: 'Попередня сторінка',
    nextPage: 'Більше послуг',
    pageOf: 'Сторінка {page} з {count}',
    closedBookTitle: 'Запишіться на прийом',
    closedBookBody: 'Запишіться на прийом онлайн, і ми будемо готові прийняти вас, коли ви прийдете.',
    closedBookScan: 'Відскануйте код телефоном',
    closedBookQrLabel: 'QR-код для запису на прийом онлайн',
    closedAskTitle: 'Запитайте на рецепції',
    closedAskBody: 'Працівники допоможуть вам або скажуть, коли можна прийти знову.',
    closedComeBack: 'Приходьте знову: {when}.',
    chooseOther: 'Виберіть щось інше',
    checkedIn: 'Ваш прихід зареєстровано',
  },
});
