import { describe, expect, it } from 'vitest';
import { envLines } from './env-lines.js';

describe('a centre’s settings', () => {
  it('are the three lines its server reads: the hub’s address, its id and its key', () => {
    expect(envLines('https://city.example.dk/', 'valby', 'k3y')).toBe('DINTUR_CITY_URL=https://city.example.dk\nDINTUR_CITY_CENTRE_ID=valby\nDINTUR_CITY_KEY=k3y');
  });
});
