import { describe, expect, it } from 'vitest';
import { paginate, type MeasuredUnit } from './paginate.js';
import { unitColumns } from './services-screen.js';

const plain = { reach: false, largeText: false, stacked: false };

describe('unitColumns', () => {
  it('gives two columns in portrait, three in reach mode with normal text, two again with large text', () => {
    expect(unitColumns(7, { ...plain, landscape: false })).toBe(2);
    expect(unitColumns(7, { ...plain, reach: true, landscape: false })).toBe(3);
    expect(unitColumns(7, { ...plain, reach: true, largeText: true, landscape: false })).toBe(2);
  });

  it('keeps a landscape unit side by side to four rows (three in reach mode)', () => {
    expect([7, 3, 2].map((count) => unitColumns(count, { ...plain, landscape: true }))).toEqual([2, 1, 1]);
    expect([7, 3, 2].map((count) => unitColumns(count, { ...plain, reach: true, landscape: true }))).toEqual([3, 1, 1]);
  });

  it('gives every stacked landscape unit four columns, three in reach mode or with large text', () => {
    expect(unitColumns(2, { ...plain, stacked: true, landscape: true })).toBe(4);
    expect(unitColumns(7, { ...plain, stacked: true, largeText: true, landscape: true })).toBe(3);
    expect(unitColumns(7, { ...plain, stacked: true, reach: true, landscape: true })).toBe(3);
  });
});

/** Units of rows 100 px tall with 10 px between them, under a 40 px heading; 20 px between units. */
function laidOut(rowsPerUnit: string[][][]): MeasuredUnit[] {
  let y = 0;
  return rowsPerUnit.map((rows, unitIndex) => {
    if (unitIndex > 0) y += 20;
    const sectionTop = y;
    y += 40;
    const measured = rows.map((serviceIds, rowIndex) => {
      if (rowIndex > 0) y += 10;
      const row = { top: y, bottom: y + 100, serviceIds };
      y += 100;
      return row;
    });
    return { sectionTop, rows: measured };
  });
}

describe('paginate', () => {
  // Unit one: heading 0–40, rows 40–140, 150–250, 260–360; unit two: heading 380–420, row 420–520.
  const units = laidOut([[['a', 'b'], ['c', 'd'], ['e', 'f']], [['g']]]);

  it('puts everything on one page when it fits', () => {
    expect(paginate(units, 1_000)).toEqual([['a', 'b', 'c', 'd', 'e', 'f', 'g']]);
  });

  it('splits at whole rows, counting the heading a page repeats when it starts inside a unit', () => {
    // Page 2 starts at row c–d under its unit's heading again: 40 + 100 + 10 + 100 = 250.
    expect(paginate(units, 240)).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f'], ['g']]);
    expect(paginate(units, 250)).toEqual([['a', 'b', 'c', 'd'], ['e', 'f'], ['g']]);
    expect(paginate(units, 400)).toEqual([['a', 'b', 'c', 'd', 'e', 'f'], ['g']]);
  });

  it('leaves nothing out when a row is taller than a page: it gets a page of its own', () => {
    expect(paginate(units, 50)).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f'], ['g']]);
  });
});
