import { describe, expect, it } from 'vitest';
import { readSettings } from './env.js';

describe('the SMS settings', () => {
  it('are off unless DINTUR_SMS_URL is set, and default the rest', () => {
    expect(readSettings({}).sms).toBeUndefined();
    expect(readSettings({ DINTUR_SMS_URL: 'https://sms.example.dk/messages' }).sms).toEqual({
      url: 'https://sms.example.dk/messages',
      from: 'dintur',
      token: undefined,
      perHour: 600,
      perNumberPerHour: 5,
    });
    expect(readSettings({ DINTUR_SMS_URL: 'https://sms.example.dk/', DINTUR_SMS_FROM: 'Valby', DINTUR_SMS_TOKEN: 't0ken', DINTUR_SMS_PER_HOUR: '0' }).sms).toMatchObject({
      from: 'Valby',
      token: 't0ken',
      perHour: 0,
    });
  });

  it('refuses a bad value, naming it', () => {
    expect(() => readSettings({ DINTUR_SMS_URL: 'ftp://sms.example.dk' })).toThrow(/DINTUR_SMS_URL: an http\(s\) URL/);
    expect(() => readSettings({ DINTUR_SMS_URL: 'https://sms.example.dk', DINTUR_SMS_FROM: 'Borgercenter Valby' })).toThrow(/DINTUR_SMS_FROM: a sender of at most 11/);
    expect(() => readSettings({ DINTUR_SMS_PER_HOUR: '-1' })).toThrow(/DINTUR_SMS_PER_HOUR/);
  });
});
