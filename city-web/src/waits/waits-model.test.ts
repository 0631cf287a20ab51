import { describe, expect, it } from 'vitest';
import type { CityWaits } from '@dintur/shared';
import { centresFor, freshnessOf, quickestOf, servicesOf } from './waits-model.js';

const now = Date.parse('2026-11-24T10:00:00Z');
const secondsAgo = (seconds: number) => new Date(now - seconds * 1000).toISOString();
const passport = { da: 'Pas', en: 'Passport' };
const moving = { da: 'Flytning', en: 'Moving' };

function centre(id: string, fields: Partial<CityWaits['centres'][number]> & { passport?: { waiting: number; estimate: number | null; open?: boolean } }) {
  const { passport: wait, ...rest } = fields;
  return {
    id,
    name: `Borgercenter ${id}`,
    updatedAt: secondsAgo(10),
    linked: true,
    openNow: true,
    services: wait ? [{ id: 'passport', name: passport, waiting: wait.waiting, estimatedWaitMinutes: wait.estimate, open: wait.open ?? true }] : [],
    ...rest,
  };
}

describe('the quickest centre for a service', () => {
  it('ranks open centres by their estimate, then old news, then closed ones', () => {
    const waits: CityWaits = {
      serverTime: new Date(now).toISOString(),
      centres: [
        centre('valby', { passport: { waiting: 9, estimate: 25 } }),
        centre('amager', { passport: { waiting: 2, estimate: 5 }, linked: false }),
        centre('norrebro', { passport: { waiting: 3, estimate: 8 } }),
        centre('vesterbro', { passport: { waiting: 0, estimate: 0, open: false } }),
        centre('bispebjerg', { passport: { waiting: 1, estimate: null } }),
        centre('sundby', { passport: { waiting: 0, estimate: 0 }, openNow: false }),
        centre('osterbro', {}),
      ],
    };
    const ranked = centresFor(waits, 'passport', now);
    expect(ranked.map((wait) => wait.centreId)).toEqual(['norrebro', 'valby', 'bispebjerg', 'amager', 'sundby', 'vesterbro']);
    expect(ranked.map((wait) => wait.open)).toEqual([true, true, true, true, false, false]);
    expect(quickestOf(ranked)?.centreId).toBe('norrebro');
  });

  it('recommends no centre where no counter serving the service is open, even if its figures are current', () => {
    const waits: CityWaits = {
      serverTime: new Date(now).toISOString(),
      centres: [centre('valby', { passport: { waiting: 4, estimate: null } }), centre('amager', { passport: { waiting: 1, estimate: 3 }, updatedAt: secondsAgo(600) })],
    };
    const ranked = centresFor(waits, 'passport', now);
    expect(ranked.map((wait) => wait.centreId)).toEqual(['valby', 'amager']);
    expect(quickestOf(ranked)).toBeNull();
  });

  it('recommends no centre when none is open with current figures', () => {
    const waits: CityWaits = { serverTime: new Date(now).toISOString(), centres: [centre('valby', { passport: { waiting: 1, estimate: 3 }, updatedAt: secondsAgo(600) })] };
    expect(quickestOf(centresFor(waits, 'passport', now))).toBeNull();
  });
});

describe('how fresh a centre’s figures are', () => {
  it('counts by the hub’s clock, and turns old news after two minutes or when the link is down', () => {
    expect(freshnessOf({ linked: true, updatedAt: secondsAgo(12) }, now)).toEqual({ kind: 'fresh', ageSeconds: 12 });
    expect(freshnessOf({ linked: true, updatedAt: secondsAgo(120) }, now)).toEqual({ kind: 'fresh', ageSeconds: 120 });
    expect(freshnessOf({ linked: true, updatedAt: secondsAgo(121) }, now)).toEqual({ kind: 'stale', since: secondsAgo(121) });
    expect(freshnessOf({ linked: false, updatedAt: secondsAgo(5) }, now)).toEqual({ kind: 'stale', since: secondsAgo(5) });
    expect(freshnessOf({ linked: false, updatedAt: null }, now)).toEqual({ kind: 'stale', since: null });
    // A centre's clock a little ahead of the hub's is not "in the future".
    expect(freshnessOf({ linked: true, updatedAt: secondsAgo(-3) }, now)).toEqual({ kind: 'fresh', ageSeconds: 0 });
  });
});

describe('the services to choose from', () => {
  it('are every service of every centre once, with the shortest current wait among open centres', () => {
    const waits: CityWaits = {
      serverTime: new Date(now).toISOString(),
      centres: [
        centre('valby', { passport: { waiting: 9, estimate: 25 } }),
        centre('amager', { passport: { waiting: 2, estimate: 5 }, updatedAt: secondsAgo(300) }),
        { ...centre('norrebro', { passport: { waiting: 3, estimate: 8 } }), services: [{ id: 'moving', name: moving, waiting: 0, estimatedWaitMinutes: null, open: true }] },
      ],
    };
    expect(servicesOf(waits, now)).toEqual([
      { id: 'passport', name: passport, shortestWaitMinutes: 25 },
      { id: 'moving', name: moving, shortestWaitMinutes: null },
    ]);
  });
});
