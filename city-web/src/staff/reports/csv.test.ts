import { describe, expect, it } from 'vitest';
import { csvFileName, csvNumber, toCsv } from './csv.js';

describe('CSV for Danish Excel', () => {
  it('starts with a byte-order mark and separates fields with semicolons and lines with CRLF', () => {
    const text = toCsv(['Ydelse', 'Numre'], [['Flytning', 12], ['Pas', 3]]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1)).toBe('Ydelse;Numre\r\nFlytning;12\r\nPas;3\r\n');
  });

  it('writes numbers with a decimal comma and no grouping, and no data as an empty field', () => {
    expect(csvNumber(1234.5678, 2)).toBe('1234,57');
    expect(csvNumber(-3.6667, 1)).toBe('-3,7');
    expect(csvNumber(-0.001, 1)).toBe('0');
    expect(toCsv(['a', 'b'], [[12.5, null]]).slice(1)).toBe('a;b\r\n12,5;\r\n');
  });

  it('keeps æøå, quotes fields with separators or quotes, and defuses text Excel would run as a formula', () => {
    const text = toCsv(['Navn'], [['Hjemmehjælp; hjælpemidler'], ['Sig "hej"'], ['=HYPERLINK("x")'], ['Økonomisk hjælp']]);
    expect(text.slice(1).split('\r\n')).toEqual(['Navn', '"Hjemmehjælp; hjælpemidler"', '"Sig ""hej"""', `"'=HYPERLINK(""x"")"`, 'Økonomisk hjælp', '']);
  });

  it('names the file in plain letters', () => {
    expect(csvFileName(['Ventetid pr. time', '2026-11-01', 'til', '2026-11-30', 'Pension og Omsorg'])).toBe(
      'dintur-ventetid-pr-time-2026-11-01-til-2026-11-30-pension-og-omsorg.csv',
    );
    expect(csvFileName(['Udfald på ydelser', 'Socialcenter'])).toBe('dintur-udfald-paa-ydelser-socialcenter.csv');
  });
});
