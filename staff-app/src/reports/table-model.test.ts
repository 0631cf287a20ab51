import { describe, expect, it } from 'vitest';
import { tableCsv, type TableModel } from './table-model.js';

type Row = { service: string; issued: number; wait: number | null; share: number | null; busyMinutes: number };

const model: TableModel<Row> = {
  name: 'Pr. ydelse',
  columns: [
    { header: 'Ydelse', kind: 'text', value: (row) => row.service },
    { header: 'Numre taget', kind: 'count', value: (row) => row.issued },
    { header: 'Ventetid, median (min)', kind: 'minutes', value: (row) => row.wait },
    { header: 'Kaldt inden for 15 min (%)', kind: 'share', value: (row) => row.share },
    { header: 'Optaget (timer)', kind: 'hours', value: (row) => row.busyMinutes },
  ],
  rows: [
    { service: 'Flytning', issued: 1204, wait: 31 / 3, share: 5 / 7, busyMinutes: 390 },
    { service: 'Økonomisk hjælp', issued: 0, wait: null, share: null, busyMinutes: 0 },
  ],
};

describe('a table as CSV', () => {
  it('holds the table’s figures at full precision: percentages for shares, hours for counter time', () => {
    expect(tableCsv(model).slice(1).split('\r\n')).toEqual([
      'Ydelse;Numre taget;Ventetid, median (min);Kaldt inden for 15 min (%);Optaget (timer)',
      'Flytning;1204;10,33;71,4;6,5',
      'Økonomisk hjælp;0;;;0',
      '',
    ]);
  });
});
