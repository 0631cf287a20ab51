import { partialLanguage } from './messages.js';

/**
 * Somali: every text, in plain everyday words ("lambar", "tigidh", "shaqaalaha"), not yet read by
 * a native speaker in the centre (hence "partial"). Weekdays come from Intl ("Isniin").
 */
export const language = partialLanguage({
  code: 'so',
  nativeName: 'Soomaali',
  englishName: 'Somali',
  dir: 'ltr',
  printsAs: 'so',
  messages: {
    chooseLanguage: 'Dooro luqadda',
    reachMode: 'Badhamada xagga hoose',
    largeText: 'Qoraal weyn',
    back: 'Dib u noqo',
    startOver: 'Dib u bilow',

    welcome: 'Ku soo dhowow {centre}',
    startPrompt: 'Maxaad rabtaa inaad samayso?',
    takeNumber: 'Qaado lambar',
    takeNumberHint: 'Dooro waxa aad u timid oo qaado lambar',
    haveAppointment: 'Ballan baan leeyahay',
    haveAppointmentHint: 'Noo sheeg inaad timid',
    centreClosed: 'Hadda waan xiran nahay',
    centreOpens: 'Waxaan furaynaa {when}',

    chooseService: 'Maxaad u timid?',
    chooseServiceHint: 'Taabo midka kuugu habboon. Haddii aadan hubin, shaqaalaha ayaa ku caawinaya.',
    closedNow: 'Hadda waa xiran yahay',
    opensWhen: 'Wuxuu furmayaa {when}',
    closedToday: 'Maanta intiisa kale waa xiran yahay',
    alsoOnline: 'Internetka ayaa sidoo kale lagu samayn karaa',
    whenToday: 'maanta saacadda {time}',
    whenTomorrow: 'berri saacadda {time}',
    whenWeekday: '{weekday} saacadda {time}',

    selfServiceTitle: 'Tan internetka ayaad ku samayn kartaa',
    selfServiceBody: 'Kamarada telefoonkaaga ku sawir koodhka. Wuxuu toos kuugu furayaa bogga aad adigu ku samayn karto, mana sugaysid.',
    selfServiceQrLabel: 'Koodhka QR ee bogga internetka',
    selfServiceChooseOnline: 'Internetka ayaan ku samaynayaa',
    selfServiceTakeNumber: 'Si kastaba lambar qaado',
    selfServiceChosen: 'Waa hagaag. Hadda telefoonkaaga ku sawir koodhka.',

    takingNumber: 'Fadlan sug …',
    yourNumber: 'Lambarkaaga',
    youAreNext: 'Adiga ayaa xiga',
    peopleAhead: { one: '1 qof ayaa kaa horreeya', other: '{count} qof ayaa kaa horreeya' },
    printing: 'Tigidhkaaga waa la daabacayaa …',
    takeYourTicket: 'Tigidhkaaga ka qaado hoosta',
    followOnPhone: 'Nobadaada ka raac telefoonkaaga',
    trackingQrLabel: 'Koodhka QR ee aad telefoonka kaga raacayso lambarkaaga',
    watchScreens: 'Eeg shaashadaha. Lambarkaaga waa la soo bandhigi doonaa, waana lagu dhawaaqi doonaa.',
    printerProblemTitle: 'Tigidhkaaga lama daabici karin',
    printerProblemBody: 'Lambarkaagu weli wuu shaqaynayaa. Sawir koodhka, ama xasuuso lambarkaaga. Shaqaalaha waa loo sheegay.',
    noPrinter: 'Xasuuso lambarkaaga, ama sawir koodhka.',
    done: 'Waa dhammaatay',
    issueFailed: 'Lambar kuma siin karin. Fadlan isku day mar kale, ama weydii shaqaalaha.',
    serviceNowClosed: 'Tani hadda waa xiran tahay. Dooro wax kale, ama weydii shaqaalaha.',
    queueFull: 'Safku hadda waa buuxaa. Fadlan soo noqo mar dambe, ama weydii shaqaalaha.',
    tryAgain: 'Isku day mar kale',

    stillThereTitle: 'Weli ma joogtaa?',
    stillThereBody: 'Shaashaddu dhawaan way ku laaban doontaa bilowga.',
    stillThereContinue: 'Haa, waan joogaa',

    outOfOrderTitle: 'Shaashaddan hadda ma shaqaynayso',
    outOfOrderBody: 'Fadlan weydii shaqaalaha. Shaashaddu iskeed ayay dib u bilaabanaysaa.',

    checkInSoon: 'Dhawaan halkan ayaad ka sheegi kartaa inaad u timid ballantaada.',
    checkInMeanwhile: 'Ilaa markaas: qaado lambar, ama u sheeg shaqaalaha inaad ballan leedahay.',
    takeNumberInstead: 'Lambar qaado beddelkeeda',

    receiptSelfService: 'Internetka ayaa sidoo kale lagu samayn karaa: {url}',
    receiptAppointment: 'Ballantaada: {time}',

    // Pages of services, what a closed service offers instead, a check-in's confirmation.
    closedWhatNow: 'Maxaan samayn karaa?',
    servicePages: 'Bogagga adeegyada',
    previousPage: 'Boggii hore',
    nextPage: 'Adeegyo kale',
    pageOf: 'Bogga {page} / {count}',
    closedBookTitle: 'Qabso ballan',
    closedBookBody: 'Internetka ka qabso waqti, markaad timaaddona waan kuu diyaar nahay.',
    closedBookScan: 'Telefoonkaaga ku sawir koodhka',
    closedBookQrLabel: 'Koodhka QR ee internetka looga qabsado ballan',
    closedAskTitle: 'Weydii miiska soo dhaweynta',
    closedAskBody: 'Shaqaalaha ayaa ku caawinaya, ama kuu sheegaya goorta aad dib u iman karto.',
    closedComeBack: 'Fadlan soo noqo {when}.',
    chooseOther: 'Dooro wax kale',
    checkedIn: 'Imaatinkaaga waa la diiwaangeliyay',
  },
});
