import type { TrackingStrings } from '../tracking-strings.js';
import { phoneExample } from './phone-example.js';

/**
 * Polish. Figures stand after a colon or as "spadnie do 3", so no noun has to agree with them
 * (Polish has three plural forms), and no sentence needs the reader's gender.
 */
export const pl: TrackingStrings = {
  lang: 'pl',
  languageName: 'Polski',
  chooseLanguage: 'Język',
  siteName: 'Obsługa mieszkańców',
  skipToContent: 'Przejdź do treści',
  loading: 'Ładowanie …',
  tryAgain: 'Spróbuj ponownie',
  networkError: 'Nie udało się połączyć. Sprawdź połączenie z internetem i spróbuj ponownie.',

  trackTitle: 'Twój numer',
  position: (position) => (position === 1 ? 'Twoja kolej jest następna' : `Twoje miejsce w kolejce: ${position}`),
  calledTitle: 'Twoja kolej',
  goTo: (counter) => `Podejdź do: ${counter}`,
  counterSign: (name, number) => (number === null ? name : `stanowisko ${number} („${name}”)`),
  servingText: (counter) => `Teraz obsługujemy cię tutaj: ${counter}.`,
  finishedText: 'Dziękujemy za wizytę.',
  ticketNoShowText: 'Wywołaliśmy twój numer, ale cię nie zobaczyliśmy. Zapytaj w recepcji albo pobierz nowy numerek.',
  ticketCancelledText: 'Twoje miejsce w kolejce zostało zwolnione.',
  endedText: 'Dzień się skończył i numer nie jest już ważny.',
  updatedAt: (time) => `Zaktualizowano ${time}`,
  liveLost: 'Połączenie zostało przerwane. Próbujemy ponownie …',
  giveUp: 'Rezygnuję z miejsca',
  giveUpQuestion: 'Zrezygnować z miejsca w kolejce?',
  giveUpConsequence: 'Jeśli jednak zechcesz coś załatwić, pobierz nowy numerek.',
  confirmGiveUp: 'Tak, rezygnuję',
  keepPlace: 'Nie, zostaję w kolejce',
  givingUp: 'Zwalniamy miejsce …',
  ticketNotFound: 'Nie możemy znaleźć tego numeru. Może jest z innego dnia.',

  smsTitle: 'Powiadomienie SMS',
  smsLead: (ahead) =>
    ahead === null ? 'Wyślemy SMS, gdy przyjdzie twoja kolej.' : `Wyślemy SMS, gdy liczba osób przed tobą spadnie do ${ahead}, i gdy przyjdzie twoja kolej.`,
  smsPrivacy: 'Numeru telefonu używamy tylko do tych wiadomości i usuwamy go na koniec dnia.',
  smsPhone: 'Numer komórkowy',
  smsPhoneHint: `8 cyfr albo z kodem kraju, np. ${phoneExample}`,
  smsSubmit: 'Wyślij mi SMS',
  smsSaving: 'Zapisywanie …',
  smsConfirmed: (phone, ahead) =>
    ahead === null
      ? `Wyślemy SMS na ${phone}, gdy przyjdzie twoja kolej.`
      : `Wyślemy SMS na ${phone}, gdy liczba osób przed tobą spadnie do ${ahead}, i gdy przyjdzie twoja kolej.`,
  smsNumberEndingIn: (digits) => `numer kończący się na ${digits}`,
  smsDeletedAtEnd: 'Numer usuniemy na koniec dnia.',
  smsStop: 'Zatrzymaj SMS',
  smsStopping: 'Zatrzymywanie …',
  smsStopped: 'Nie wyślemy więcej SMS. Numer został usunięty.',
  smsPhoneInvalid: `Wpisz numer komórkowy z 8 cyframi albo z kodem kraju, np. ${phoneExample}.`,
  smsLimitTicket: 'Numer telefonu był zmieniany zbyt wiele razy. Nadal możesz śledzić swoją kolejkę na tej stronie.',
  smsLimitNumber: (tickets) => `Ten numer dostaje już dziś SMS o tylu numerkach, ile można (${tickets}). Nadal możesz śledzić swoją kolejkę na tej stronie.`,
  smsEnded: 'Twoja wizyta się skończyła, więc nie wysyłamy SMS.',
  smsOff: 'Nie możemy teraz wysyłać SMS. Nadal możesz śledzić swoją kolejkę na tej stronie.',
  smsTooMany: 'Zbyt wiele prób. Poczekaj minutę i spróbuj ponownie.',
};
