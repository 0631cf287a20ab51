import { describe, expect, it } from 'vitest';
import { gsmLength, isGsmText, toGsm } from './gsm.js';

describe('the GSM alphabet', () => {
  it('keeps the Danish, German and French letters it has', () => {
    expect(toGsm('Ærø Østerbro Århus æøå é É ä ö ü Ä Ö Ü ß')).toBe('Ærø Østerbro Århus æøå é É ä ö ü Ä Ö Ü ß');
  });

  it('takes the diacritics off Polish and Turkish letters', () => {
    expect(toGsm('Łódź, Gdańsk, Świętokrzyska, żółć, się')).toBe('Lodz, Gdansk, Swietokrzyska, zolc, sie');
    expect(toGsm('Çarşamba, İstanbul, ığdır, Şeker, Ğ, çay')).toBe('Çarsamba, Istanbul, igdir, Seker, G, cay');
  });

  it('romanises Ukrainian by the national table, with the rules at the start of a word', () => {
    expect(toGsm('Київ')).toBe('Kyiv');
    expect(toGsm('Юлія Яковенко, Єнакієве, Їжакевич, Йосипівка')).toBe('Yuliia Yakovenko, Yenakiieve, Yizhakevych, Yosypivka');
    expect(toGsm('Згурський, Щербухи, П’ятниця, пʼятниця')).toBe('Zghurskyi, Shcherbukhy, Piatnytsia, piatnytsia');
    expect(toGsm('Ваш запис підтверджено')).toBe('Vash zapys pidtverdzheno');
  });

  it('strips other diacritics and drops what has no GSM spelling', () => {
    expect(toGsm('Dvořák, Škoda, Ångström, São Paulo')).toBe('Dvorak, Skoda, Ångström, Sao Paulo');
    expect(toGsm('موعد 🙂 ok')).toBe('  ok');
    expect(toGsm('“quoted” – dash…')).toBe('"quoted" - dash...');
  });

  it('counts the extension characters twice', () => {
    expect(gsmLength('abc')).toBe(3);
    expect(gsmLength('€5 [x]')).toBe(9);
    expect(isGsmText('Pris: €5')).toBe(true);
    expect(isGsmText('ł')).toBe(false);
  });
});
