import { describe, expect, it } from 'vitest';
import { undoWindowSeconds } from '@dintur/shared';
import { newOffer, secondsLeft } from './undo-offer.js';

describe('the undo offer after a no-show or a finish', () => {
  it('lasts the shared window and counts down in whole seconds to nought', () => {
    const offer = newOffer({ id: 7, number: 'E1' }, 'no-show', 1_000_000);
    expect(undoWindowSeconds).toBe(10);
    expect(secondsLeft(offer, 1_000_000)).toBe(10);
    expect(secondsLeft(offer, 1_000_001)).toBe(10);
    expect(secondsLeft(offer, 1_009_001)).toBe(1);
    expect(secondsLeft(offer, 1_010_000)).toBe(0);
    expect(secondsLeft(offer, 1_020_000)).toBe(0);
  });
});
