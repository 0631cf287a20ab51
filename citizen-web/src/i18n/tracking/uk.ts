import type { TrackingStrings } from '../tracking-strings.js';
import { phoneExample } from './phone-example.js';

/** Ukrainian. Figures stand after a colon, so no noun has to agree with them (three plural forms). */
export const uk: TrackingStrings = {
  lang: 'uk',
  languageName: 'Українська',
  chooseLanguage: 'Мова',
  siteName: 'Обслуговування громадян',
  skipToContent: 'Перейти до змісту',
  loading: 'Завантаження …',
  tryAgain: 'Спробувати ще раз',
  networkError: 'Не вдалося з’єднатися. Перевірте підключення до інтернету і спробуйте ще раз.',

  trackTitle: 'Ваш номер',
  position: (position) => (position === 1 ? 'Ви наступні' : `Ваше місце в черзі: ${position}`),
  calledTitle: 'Ваша черга',
  goTo: (counter) => `Підійдіть сюди: ${counter}`,
  counterSign: (name, number) => (number === null ? name : `віконце ${number} («${name}»)`),
  servingText: (counter) => `Вас обслуговують тут: ${counter}.`,
  finishedText: 'Дякуємо за візит.',
  ticketNoShowText: 'Вас викликали, але ми вас не побачили. Запитайте на рецепції або візьміть новий номер.',
  ticketCancelledText: 'Ви відмовилися від місця в черзі.',
  endedText: 'День закінчився, і номер більше не дійсний.',
  updatedAt: (time) => `Оновлено ${time}`,
  liveLost: 'З’єднання перервано. Пробуємо ще раз …',
  giveUp: 'Відмовитися від місця',
  giveUpQuestion: 'Відмовитися від місця в черзі?',
  giveUpConsequence: 'Якщо все ж захочете, щоб вас обслужили, візьміть новий номер.',
  confirmGiveUp: 'Так, відмовитися',
  keepPlace: 'Ні, залишитися в черзі',
  givingUp: 'Скасовуємо …',
  ticketNotFound: 'Ми не можемо знайти цей номер. Можливо, він з іншого дня.',

  smsTitle: 'Повідомлення SMS',
  smsLead: (ahead) =>
    ahead === null ? 'Ми надішлемо SMS, коли настане ваша черга.' : `Ми надішлемо SMS, коли перед вами залишиться людей: ${ahead}, і коли настане ваша черга.`,
  smsPrivacy: 'Ми використовуємо номер мобільного лише для цих повідомлень і видаляємо його в кінці дня.',
  smsPhone: 'Номер мобільного',
  smsPhoneHint: `8 цифр або з кодом країни, напр. ${phoneExample}`,
  smsSubmit: 'Надіслати мені SMS',
  smsSaving: 'Зберігаємо …',
  smsConfirmed: (phone, ahead) =>
    ahead === null
      ? `Ми надішлемо SMS на ${phone}, коли настане ваша черга.`
      : `Ми надішлемо SMS на ${phone}, коли перед вами залишиться людей: ${ahead}, і коли настане ваша черга.`,
  smsNumberEndingIn: (digits) => `номер, що закінчується на ${digits}`,
  smsDeletedAtEnd: 'Номер буде видалено в кінці дня.',
  smsStop: 'Зупинити SMS',
  smsStopping: 'Зупиняємо …',
  smsStopped: 'Більше SMS не буде. Номер видалено.',
  smsPhoneInvalid: `Введіть номер мобільного з 8 цифр або з кодом країни, напр. ${phoneExample}.`,
  smsLimitTicket: 'Номер мобільного змінювали надто багато разів. Ви й далі можете стежити за чергою на цій сторінці.',
  smsLimitNumber: (tickets) => `На цей номер сьогодні вже надходять SMS про найбільшу кількість номерів (${tickets}). Ви й далі можете стежити за чергою на цій сторінці.`,
  smsEnded: 'Ваш візит завершено, тому ми не надсилаємо SMS.',
  smsOff: 'Зараз ми не можемо надсилати SMS. Ви й далі можете стежити за чергою на цій сторінці.',
  smsTooMany: 'Забагато спроб. Зачекайте хвилину і спробуйте ще раз.',
};
