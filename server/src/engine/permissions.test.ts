import { describe, expect, it } from 'vitest';
import type { AuthorityLevel } from '@dintur/shared';
import { indexCentre } from './centre-index.js';
import { parseConfig } from './config-service.js';
import { mayServe } from './permissions.js';
import { createTestEngine } from './test-engine.js';
import { demoConfig } from '../seed/demo-config.js';

const index = indexCentre(parseConfig(demoConfig));

/** One service of each authority level owned by P/O, plus Borgerservice's own. */
const services: Record<string, { id: string; authority: AuthorityLevel; owner: string }> = {
  'Borgerservice authority (passport)': { id: 'passport', authority: 'authority', owner: 'borgerservice' },
  'P/O simple authority (housing benefit)': { id: 'housing-benefit', authority: 'simple-authority', owner: 'pension-care' },
  'P/O authority (pension)': { id: 'pension', authority: 'authority', owner: 'pension-care' },
  'information (general)': { id: 'information', authority: 'information', owner: 'borgerservice' },
  'social authority (financial assistance)': { id: 'financial-assistance', authority: 'authority', owner: 'social-centre' },
};

// unit of the person → may handle each service above, in order
const matrix: [string | null, boolean[]][] = [
  ['borgerservice', [true, true, false, true, false]],
  ['pension-care', [false, true, true, true, false]],
  ['social-centre', [false, false, false, true, true]],
  [null, [false, false, false, true, false]],
];

describe('the unit rule', () => {
  for (const [unitId, expected] of matrix) {
    Object.entries(services).forEach(([label, service], column) => {
      it(`${expected[column] ? 'lets' : 'never lets'} staff of ${unitId ?? 'no unit'} handle ${label}`, () => {
        expect(index.service(service.id).authority).toBe(service.authority);
        expect(index.service(service.id).unitId).toBe(service.owner);
        expect(mayServe({ unitId }, index.service(service.id), index.units)).toBe(expected[column]);
      });
    });
  }

  it('never gives a covering Borgerservice colleague an authority-only P/O ticket', () => {
    const { engine, clock, actor } = createTestEngine();
    const covering = actor('covering', 'borgerservice');
    engine.openCounter(covering, 'po-7'); // pension ×2, housing-benefit, home-help
    const pension = engine.issueTicket({ serviceId: 'pension', lang: 'da' });
    clock.advanceMinutes(30);
    const housing = engine.issueTicket({ serviceId: 'housing-benefit', lang: 'da' });
    expect(engine.callNext(covering, 'po-7')?.number).toBe(housing.number);
    expect(engine.callNext(covering, 'po-7')).toBeNull();
    expect(() => engine.callTicket(covering, pension.id, 'po-7')).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });

  it('refuses a transfer reserved for a person who may not handle the service', () => {
    const { engine, actor } = createTestEngine();
    const reception = actor('reception', 'borgerservice');
    const socialWorker = actor('social', 'social-centre');
    engine.openCounter(reception, 'bs-6');
    const ticket = engine.issueTicket({ serviceId: 'information', lang: 'da' });
    engine.callNext(reception, 'bs-6');
    expect(() =>
      engine.transfer(reception, ticket.id, { serviceId: 'pension', placement: 'original', staffId: socialWorker.id }),
    ).toThrow(expect.objectContaining({ code: 'validation-failed' }));
    expect(engine.getTicket(ticket.id).status).toBe('called');
  });
});
