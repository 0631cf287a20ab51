import { describe, expect, it } from 'vitest';
import { mayServe, neverServed, unitsThatMayServe, type RuledService, type RuledUnit } from './unit-rule.js';

const units: RuledUnit[] = [
  { id: 'borgerservice', dispensation: true },
  { id: 'pension-care', dispensation: false },
  { id: 'social-centre', dispensation: false },
];
const byId = new Map(units.map((unit) => [unit.id, unit]));
const pension: RuledService & { id: string } = { id: 'pension', unitId: 'pension-care', authority: 'authority' };
const housing: RuledService & { id: string } = { id: 'housing-benefit', unitId: 'pension-care', authority: 'simple-authority' };
const information: RuledService & { id: string } = { id: 'information', unitId: 'borgerservice', authority: 'information' };
const counselling: RuledService & { id: string } = { id: 'social-counselling', unitId: 'social-centre', authority: 'authority' };

describe('the unit rule as the staff app reads it', () => {
  it('lets Borgerservice take a simple P/O decision by its dispensation, but never an authority one', () => {
    expect(mayServe({ unitId: 'borgerservice' }, housing, byId)).toBe(true);
    expect(mayServe({ unitId: 'borgerservice' }, pension, byId)).toBe(false);
    expect(mayServe({ unitId: 'social-centre' }, housing, byId)).toBe(false);
    expect(mayServe({ unitId: null }, information, byId)).toBe(true);
  });

  it('names who may serve: the owner first, then the units with the dispensation; nobody in particular for information', () => {
    expect(unitsThatMayServe(pension, units)).toEqual(['pension-care']);
    expect(unitsThatMayServe(housing, units)).toEqual(['pension-care', 'borgerservice']);
    expect(unitsThatMayServe(information, units)).toBeNull();
  });

  it('lists what a person of a unit will never be given, in the order given', () => {
    expect(neverServed('borgerservice', [information, housing, pension, counselling], units).map((service) => service.id)).toEqual(['pension', 'social-counselling']);
    expect(neverServed('pension-care', [information, housing, pension], units)).toEqual([]);
  });
});
