import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrPath } from './qr-code.js';
import { unitColumns } from './services-screen.js';

describe('unitColumns', () => {
  it('gives two columns in portrait, three in reach mode', () => {
    expect(unitColumns(7, { reach: false, landscape: false })).toBe(2);
    expect(unitColumns(7, { reach: true, landscape: false })).toBe(3);
  });

  it('keeps a landscape unit to four rows (three in reach mode)', () => {
    expect([7, 3, 2].map((count) => unitColumns(count, { reach: false, landscape: true }))).toEqual([2, 1, 1]);
    expect([7, 3, 2].map((count) => unitColumns(count, { reach: true, landscape: true }))).toEqual([3, 1, 1]);
  });
});

describe('qrPath', () => {
  it('draws exactly the dark modules of the code', () => {
    const code = encode('http://server:8080/t/k7m2p9q4r8st', { ecc: 'M', border: 4 });
    const drawn = code.data.map((row) => row.map(() => false));
    for (const [, x, y, width] of qrPath(code.data).matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      for (let column = Number(x); column < Number(x) + Number(width); column += 1) drawn[Number(y)]![column] = true;
    }
    expect(drawn).toEqual(code.data);
  });
});
