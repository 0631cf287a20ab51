import { describe, expect, it } from 'vitest';
import { gsmLength, isGsmText } from './gsm.js';
import { shortenPlace, smsKinds, smsLanguageOf, smsText, type SmsMessage } from './messages.js';
import { smsLanguages } from './texts.js';

const start = Date.parse('2026-11-25T09:00:00Z'); // Wednesday 25 November, 10:00 in Copenhagen
const appointment = { place: 'Pas, Borgercenter Valby', start, timeZone: 'Europe/Copenhagen', link: 'https://tid.valby.example.dk/book/ABCDEFGH', code: 'ABCDEFGH' };
const longLink = 'https://borgerservice.koebenhavns-kommune.example.dk/tidsbestilling/book/ABCDEFGH';
const longPlace = 'Sundhedskort og EU-sygesikringskort til udlandet, Borgerservice København Centrum Nord';

/** One message of each kind, with ordinary and with long fields. */
function messagesOf(long: boolean): SmsMessage[] {
  const fields = long ? { ...appointment, place: longPlace, link: longLink } : appointment;
  return smsKinds.map((kind): SmsMessage => {
    switch (kind) {
      case 'booked':
      case 'reminder':
      case 'moved':
      case 'cancelled':
        return { kind, ...fields };
      case 'near':
        return { kind, ahead: 3, place: long ? longPlace : 'Borgerservice', number: 'A142' };
      case 'called':
        return { kind, number: 'A142', counterName: long ? 'Skranke 14 ved vinduet i den bageste ende af hallen, til venstre' : 'Skranke 3' };
      case 'transferred':
        return { kind, number: 'A142', place: long ? longPlace : 'Pension og Omsorg' };
    }
  });
}

describe('the SMS texts', () => {
  it('fit one SMS in the GSM alphabet for every kind and language, and never hold a CPR-like number', () => {
    for (const lang of [...smsLanguages, 'ar', 'ur']) {
      for (const long of [false, true]) {
        for (const message of messagesOf(long)) {
          const text = smsText(message, lang);
          expect(gsmLength(text), `${lang} ${message.kind}: ${text}`).toBeLessThanOrEqual(160);
          expect(isGsmText(text), `${lang} ${message.kind}: ${text}`).toBe(true);
          expect(text).not.toMatch(/\d{6}-?\d{4}/);
          expect(text).not.toMatch(/,\s*[.,]|\s[.,]/);
        }
      }
    }
  });

  it('never cuts the time, the code, the number or the link; the place is what gives way', () => {
    for (const lang of smsLanguages) {
      for (const message of messagesOf(true)) {
        const text = smsText(message, lang);
        if ('code' in message) {
          // A cancellation needs no code: the booking is gone.
          if (message.kind !== 'cancelled') expect(text).toContain('ABCD EFGH');
          expect(text).toContain(longLink);
          expect(text).toMatch(/10[.:]00/);
        } else {
          expect(text).toContain('A142');
        }
      }
    }
    expect(smsText({ kind: 'booked', ...appointment, place: longPlace, link: longLink }, 'da')).toBe(
      `Booket onsdag 25.11. kl. 10.00, Sundhedskort. Kode ABCD EFGH. ${longLink}`,
    );
  });

  it('says each kind plainly in Danish', () => {
    expect(smsText({ kind: 'booked', ...appointment }, 'da')).toBe(
      'Din tid er booket: onsdag 25.11. kl. 10.00, Pas, Borgercenter Valby. Kode ABCD EFGH. Flyt eller aflys: https://tid.valby.example.dk/book/ABCDEFGH',
    );
    expect(smsText({ kind: 'reminder', ...appointment, link: null }, 'da')).toBe(
      'Husk din tid onsdag 25.11. kl. 10.00, Pas, Borgercenter Valby. Kode ABCD EFGH. Vis koden ved skærmen i indgangen.',
    );
    expect(smsText({ kind: 'cancelled', ...appointment, link: null }, 'da')).toBe('Din tid onsdag 25.11. kl. 10.00, Pas, Borgercenter Valby er aflyst.');
    expect(smsText({ kind: 'near', ahead: 2, place: 'Borgerservice', number: 'A42' }, 'da')).toBe('A42: Det er snart din tur. Foran dig: 2. Kom til Borgerservice.');
    expect(smsText({ kind: 'near', ahead: 0, place: 'Borgerservice' }, 'da')).toBe('Du er den næste. Kom til Borgerservice.');
    expect(smsText({ kind: 'called', number: 'A42', counterName: 'Skranke 3' }, 'da')).toBe('A42: Det er din tur nu. Gå til Skranke 3.');
    expect(smsText({ kind: 'transferred', number: 'A42', place: 'Pension og Omsorg' }, 'da')).toBe('A42: Du er sendt videre. Vent ved Pension og Omsorg.');
  });

  it('tells the time in the centre’s zone, across the change to winter time', () => {
    const summer = Date.parse('2026-10-24T08:30:00Z'); // Saturday, 10:30 summer time
    const winter = Date.parse('2026-10-26T09:30:00Z'); // Monday, 10:30 winter time
    expect(smsText({ kind: 'booked', ...appointment, start: summer }, 'en')).toContain('Saturday 24/10 at 10:30');
    expect(smsText({ kind: 'booked', ...appointment, start: winter }, 'en')).toContain('Monday 26/10 at 10:30');
  });

  it('writes Arabic and Urdu in English, and any unknown language too', () => {
    expect(smsLanguageOf('ar')).toBe('en');
    expect(smsLanguageOf('ur')).toBe('en');
    expect(smsLanguageOf('xx')).toBe('en');
    expect(smsLanguageOf('so')).toBe('so');
    expect(smsText({ kind: 'called', number: 'A1', counterName: 'Skranke 1' }, 'ar')).toBe('A1: It is your turn now. Please go to Skranke 1.');
  });
});

describe('shortening a place', () => {
  it('keeps whole words and leaves no dangling comma', () => {
    expect(shortenPlace('Pas, Borgercenter Valby', 30)).toBe('Pas, Borgercenter Valby');
    expect(shortenPlace('Pas, Borgercenter Valby', 10)).toBe('Pas');
    expect(shortenPlace('Borgercenter', 6)).toBe('Borger');
    expect(shortenPlace('Borgercenter', 0)).toBe('');
    expect(shortenPlace('Sundhedskort og EU-sygesikringskort', 20)).toBe('Sundhedskort');
    expect(shortenPlace('Pas, Borgercenter Valby', 8)).toBe('Pas');
    expect(shortenPlace('Skranke 14 ved vinduet', 12)).toBe('Skranke 14');
  });
});
