import type { TrackingStrings } from '../tracking-strings.js';
import { phoneExample } from './phone-example.js';

/** Turkish. A counter stands after a colon, so no case ending has to fit its Danish name. */
export const tr: TrackingStrings = {
  lang: 'tr',
  languageName: 'Türkçe',
  chooseLanguage: 'Dil',
  siteName: 'Vatandaş Hizmetleri',
  skipToContent: 'İçeriğe geç',
  loading: 'Yükleniyor …',
  tryAgain: 'Tekrar dene',
  networkError: 'Bağlantı kurulamadı. İnternet bağlantınızı kontrol edip tekrar deneyin.',

  trackTitle: 'Numaranız',
  position: (position) => (position === 1 ? 'Sıradaki sizsiniz' : `Kuyruktaki sıranız: ${position}`),
  calledTitle: 'Sıra sizde',
  goTo: (counter) => `Şuraya gidin: ${counter}`,
  counterSign: (name, number) => (number === null ? name : `${number} numaralı gişe („${name}”)`),
  servingText: (counter) => `Şu anda hizmet aldığınız yer: ${counter}.`,
  finishedText: 'Ziyaretiniz için teşekkürler.',
  ticketNoShowText: 'Numaranız çağrıldı ama sizi göremedik. Danışmaya sorun veya yeni bir numara alın.',
  ticketCancelledText: 'Kuyruktaki yerinizden vazgeçtiniz.',
  endedText: 'Gün sona erdi, bu numara artık geçerli değil.',
  updatedAt: (time) => `Güncellendi: ${time}`,
  liveLost: 'Bağlantı koptu. Tekrar deniyoruz …',
  giveUp: 'Sıramdan vazgeç',
  giveUpQuestion: 'Kuyruktaki yerinizden vazgeçmek istiyor musunuz?',
  giveUpConsequence: 'Yine de hizmet almak isterseniz yeni bir numara almanız gerekir.',
  confirmGiveUp: 'Evet, vazgeç',
  keepPlace: 'Hayır, sıramı koru',
  givingUp: 'Vazgeçiliyor …',
  ticketNotFound: 'Bu numarayı bulamıyoruz. Başka bir güne ait olabilir.',

  smsTitle: 'SMS ile haber alın',
  smsLead: (ahead) =>
    ahead === null ? 'Sıra size geldiğinde SMS göndeririz.' : `Önünüzde ${ahead} kişi kaldığında ve sıra size geldiğinde SMS göndeririz.`,
  smsPrivacy: 'Cep telefonu numarasını yalnızca bu mesajlar için kullanır, gün sonunda sileriz.',
  smsPhone: 'Cep telefonu numarası',
  smsPhoneHint: `8 rakam veya ülke koduyla, ör. ${phoneExample}`,
  smsSubmit: 'Bana SMS gönder',
  smsSaving: 'Kaydediliyor …',
  smsConfirmed: (phone, ahead) =>
    ahead === null
      ? `Sıra size geldiğinde ${phone} numarasına SMS göndereceğiz.`
      : `Önünüzde ${ahead} kişi kaldığında ve sıra size geldiğinde ${phone} numarasına SMS göndereceğiz.`,
  // Said inside smsConfirmed, before "numarasına": "33 ile biten cep telefonu numarasına".
  smsNumberEndingIn: (digits) => `${digits} ile biten cep telefonu`,
  smsDeletedAtEnd: 'Numara gün sonunda silinir.',
  smsStop: 'SMS’leri durdur',
  smsStopping: 'Durduruluyor …',
  smsStopped: 'Artık SMS almayacaksınız. Numara silindi.',
  smsPhoneInvalid: `8 rakamlı bir cep telefonu numarası yazın veya ülke koduyla yazın, ör. ${phoneExample}.`,
  smsLimitTicket: 'Cep telefonu numarası çok fazla kez değiştirildi. Sıranızı bu sayfadan takip etmeye devam edebilirsiniz.',
  smsLimitNumber: (tickets) => `Bu numaraya bugün zaten ${tickets} bilet için SMS gidiyor. Sıranızı bu sayfadan takip etmeye devam edebilirsiniz.`,
  smsEnded: 'Ziyaretiniz sona erdi, bu yüzden SMS göndermiyoruz.',
  smsOff: 'Şu anda SMS gönderemiyoruz. Sıranızı bu sayfadan takip etmeye devam edebilirsiniz.',
  smsTooMany: 'Çok fazla deneme. Bir dakika bekleyip tekrar deneyin.',
};
