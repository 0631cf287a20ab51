import { partialLanguage } from './messages.js';

/**
 * Turkish: every text, not yet read by a native speaker in the centre (hence "partial"). Times of
 * opening are said as "Açılış: yarın saat 10:00": Turkish would put a suffix on the time itself
 * ("10:00'da"), which depends on the figure, so the sentence names the time after "saat" instead.
 */
export const language = partialLanguage({
  code: 'tr',
  nativeName: 'Türkçe',
  englishName: 'Turkish',
  dir: 'ltr',
  printsAs: 'tr',
  messages: {
    chooseLanguage: 'Dil seçin',
    reachMode: 'Düğmeler aşağıda',
    largeText: 'Büyük yazı',
    back: 'Geri',
    startOver: 'Baştan başla',

    welcome: 'Hoş geldiniz – {centre}',
    startPrompt: 'Ne yapmak istiyorsunuz?',
    takeNumber: 'Sıra numarası alın',
    takeNumberHint: 'Ne için geldiğinizi seçin ve bir numara alın',
    haveAppointment: 'Randevum var',
    haveAppointmentHint: 'Geldiğinizi bildirin',
    centreClosed: 'Şu anda kapalıyız',
    centreOpens: 'Açılış: {when}',

    chooseService: 'Ne için geldiniz?',
    chooseServiceHint: 'Size en uygun olana dokunun. Emin değilseniz personel size yardımcı olur.',
    closedNow: 'Şu anda kapalı',
    opensWhen: 'Açılış: {when}',
    closedToday: 'Günün geri kalanında kapalı',
    alsoOnline: 'İnternetten de yapılabilir',
    whenToday: 'bugün saat {time}',
    whenTomorrow: 'yarın saat {time}',
    whenWeekday: '{weekday} saat {time}',

    selfServiceTitle: 'Bunu internetten yapabilirsiniz',
    selfServiceBody: 'Kodu telefonunuzun kamerasıyla tarayın. Sizi doğrudan çevrimiçi işlem sayfasına götürür ve beklemeniz gerekmez.',
    selfServiceQrLabel: 'Çevrimiçi işlem sayfası için QR kodu',
    selfServiceChooseOnline: 'İnternetten yapacağım',
    selfServiceTakeNumber: 'Yine de numara al',
    selfServiceChosen: 'Tamam. Şimdi kodu telefonunuzla tarayın.',

    takingNumber: 'Bir dakika …',
    yourNumber: 'Numaranız',
    youAreNext: 'Sıradaki sizsiniz',
    peopleAhead: { one: 'Önünüzde 1 kişi var', other: 'Önünüzde {count} kişi var' },
    printing: 'Biletiniz yazdırılıyor …',
    takeYourTicket: 'Biletinizi aşağıdan alın',
    followOnPhone: 'Sıranızı telefonunuzdan takip edin',
    trackingQrLabel: 'Numaranızı telefonunuzdan takip etmek için QR kodu',
    watchScreens: 'Ekranları takip edin. Numaranız ekranda gösterilecek ve anons edilecek.',
    printerProblemTitle: 'Biletiniz yazdırılamadı',
    printerProblemBody: 'Numaranız hâlâ geçerli. Kodun fotoğrafını çekin veya numaranızı aklınızda tutun. Personele haber verildi.',
    noPrinter: 'Numaranızı aklınızda tutun veya kodun fotoğrafını çekin.',
    done: 'Tamam',
    issueFailed: 'Size numara veremedik. Lütfen tekrar deneyin veya personele sorun.',
    serviceNowClosed: 'Bu hizmet şu anda kapalı. Başka bir şey seçin veya personele sorun.',
    queueFull: 'Sıra şu anda dolu. Lütfen daha sonra tekrar gelin veya personele sorun.',
    tryAgain: 'Tekrar deneyin',

    stillThereTitle: 'Hâlâ orada mısınız?',
    stillThereBody: 'Ekran birazdan başa dönecek.',
    stillThereContinue: 'Evet, buradayım',

    outOfOrderTitle: 'Bu ekran şu anda çalışmıyor',
    outOfOrderBody: 'Lütfen personele sorun. Ekran kendiliğinden yeniden çalışacak.',

    checkInSoon: 'Yakında randevunuz için buradan giriş yapabileceksiniz.',
    checkInMeanwhile: 'O zamana kadar: bir numara alın veya personele randevunuz olduğunu söyleyin.',
    takeNumberInstead: 'Bunun yerine numara al',

    receiptSelfService: 'İnternetten de yapılabilir: {url}',
    receiptAppointment: 'Randevunuz: saat {time}',

    // Pages of services, what a closed service offers instead, a check-in's confirmation.
    closedWhatNow: 'Ne yapabilirim?',
    servicePages: 'Hizmet sayfaları',
    previousPage: 'Önceki sayfa',
    nextPage: 'Diğer hizmetler',
    pageOf: 'Sayfa {page} / {count}',
    closedBookTitle: 'Randevu alın',
    closedBookBody: 'İnternetten randevu alın; geldiğinizde sizi hazır bekliyor olacağız.',
    closedBookScan: 'Kodu telefonunuzla tarayın',
    closedBookQrLabel: 'İnternetten randevu almak için QR kodu',
    closedAskTitle: 'Resepsiyona sorun',
    closedAskBody: 'Personel size yardımcı olur veya ne zaman tekrar gelebileceğinizi söyler.',
    closedComeBack: 'Lütfen tekrar gelin: {when}.',
    chooseOther: 'Başka bir şey seçin',
    checkedIn: 'Geldiğiniz kaydedildi',
  },
});
