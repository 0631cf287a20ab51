import type { TrackingStrings } from '../tracking-strings.js';
import { phoneExample } from './phone-example.js';

/** Somali, with the kiosk's words ("nobadaada" for your turn, "lambar" for the ticket's number). */
export const so: TrackingStrings = {
  lang: 'so',
  languageName: 'Soomaali',
  chooseLanguage: 'Luqadda',
  siteName: 'Adeegga Muwaadiniinta',
  skipToContent: 'U gudub nuxurka',
  loading: 'Waa la soo rarayaa …',
  tryAgain: 'Isku day mar kale',
  networkError: 'Xiriir lama helin. Hubi internetkaaga, kadibna isku day mar kale.',

  trackTitle: 'Lambarkaaga',
  position: (position) => (position === 1 ? 'Adiga ayaa xiga' : `Kaalintaada safka: ${position}`),
  calledTitle: 'Waa nobadaada',
  goTo: (counter) => `U tag ${counter}`,
  counterSign: (name, number) => (number === null ? name : `miiska ${number} („${name}”)`),
  servingText: (counter) => `Waxaa lagugu adeegayaa ${counter}.`,
  finishedText: 'Waad ku mahadsan tahay booqashadaada.',
  ticketNoShowText: 'Waa lagugu dhawaaqay, laakiin ma aanan ku arag. Weydii qaybta soo dhoweynta, ama qaado lambar cusub.',
  ticketCancelledText: 'Waad ka tagtay kaalintaada safka.',
  endedText: 'Maalintii way dhammaatay, lambarkuna hadda ma shaqaynayo.',
  updatedAt: (time) => `La cusboonaysiiyay ${time}`,
  liveLost: 'Xiriirku wuu go’ay. Mar kale ayaan isku dayaynaa …',
  giveUp: 'Ka tag kaalintayda',
  giveUpQuestion: 'Ma rabtaa inaad ka tagto kaalintaada safka?',
  giveUpConsequence: 'Haddii aad weli rabto adeeg, waxaad u baahan doontaa lambar cusub.',
  confirmGiveUp: 'Haa, ka tag kaalinta',
  keepPlace: 'Maya, kaalintayda hay',
  givingUp: 'Waa laga tagayaa …',
  ticketNotFound: 'Lambarkan ma heli karno. Waxaa laga yaabaa inuu yahay maalin kale.',

  smsTitle: 'Fariin SMS ah hel',
  smsLead: (ahead) =>
    ahead === null
      ? 'SMS ayaan kuu soo diraynaa marka ay nobadaadu timaado.'
      : `SMS ayaan kuu soo diraynaa marka ${ahead} qof ay kaa horreeyaan, iyo marka ay nobadaadu timaado.`,
  smsPrivacy: 'Lambarka mobilka waxaan u isticmaalnaa fariimahan oo keliya, waxaanan tirtirnaa dhammaadka maalinta.',
  smsPhone: 'Lambarka mobilka',
  smsPhoneHint: `8 tiro, ama leh koodhka dalka, tusaale ${phoneExample}`,
  smsSubmit: 'SMS ii soo dir',
  smsSaving: 'Waa la kaydinayaa …',
  smsConfirmed: (phone, ahead) =>
    ahead === null
      ? `SMS ayaan u diraynaa ${phone} marka ay nobadaadu timaado.`
      : `SMS ayaan u diraynaa ${phone} marka ${ahead} qof ay kaa horreeyaan, iyo marka ay nobadaadu timaado.`,
  smsNumberEndingIn: (digits) => `lambarka mobilka ee ku dhammaada ${digits}`,
  smsDeletedAtEnd: 'Lambarka waa la tirtiraa dhammaadka maalinta.',
  smsStop: 'Jooji SMS-ka',
  smsStopping: 'Waa la joojinayaa …',
  smsStopped: 'SMS kale ma heli doontid. Lambarka waa la tirtiray.',
  smsPhoneInvalid: `Qor lambar mobil oo 8 tiro ah, ama leh koodhka dalka, tusaale ${phoneExample}.`,
  smsLimitTicket: 'Lambarka mobilka waa la beddelay marar badan. Weli boggan ayaad ka raaci kartaa nobadaada.',
  smsLimitNumber: (tickets) => `Lambarkaas mobilka maanta horay ayuu SMS ugu helayaa ${tickets} lambar. Weli boggan ayaad ka raaci kartaa nobadaada.`,
  smsEnded: 'Booqashadaadu way dhammaatay, sidaas darteed SMS ma dirno.',
  smsOff: 'Hadda SMS ma diri karno. Weli boggan ayaad ka raaci kartaa nobadaada.',
  smsTooMany: 'Isku dayo badan. Sug hal daqiiqo, kadibna isku day mar kale.',
};
