import { describe, expect, it } from 'vitest';
import { operations, type AuthorityLevel } from '@dintur/shared';
import { callNext, expectError, expectSuccess, getTicket, issueTicket, serverPerTest, staffAtCounter, ticketAction } from './helpers.js';

type Unit = 'borgerservice' | 'pension-care' | 'social-centre';
type Verdict = 'allow' | 'deny';

/**
 * The permission matrix of the unit rule, written out by hand: information is anyone's; a simple
 * authority decision is the owning unit's or Borgerservice's (dispensation); an authority
 * decision is the owning unit's alone. Each service is tried at a counter that calls it.
 */
const matrix: {
  serviceId: string;
  authority: AuthorityLevel;
  owner: Unit;
  counterId: string;
  verdicts: Record<Unit, Verdict>;
}[] = [
  {
    serviceId: 'information',
    authority: 'information',
    owner: 'borgerservice',
    counterId: 'bs-5',
    verdicts: { borgerservice: 'allow', 'pension-care': 'allow', 'social-centre': 'allow' },
  },
  {
    serviceId: 'moving',
    authority: 'simple-authority',
    owner: 'borgerservice',
    counterId: 'bs-3',
    verdicts: { borgerservice: 'allow', 'pension-care': 'deny', 'social-centre': 'deny' },
  },
  {
    serviceId: 'passport',
    authority: 'authority',
    owner: 'borgerservice',
    counterId: 'bs-1',
    verdicts: { borgerservice: 'allow', 'pension-care': 'deny', 'social-centre': 'deny' },
  },
  {
    serviceId: 'housing-benefit',
    authority: 'simple-authority',
    owner: 'pension-care',
    counterId: 'po-7',
    verdicts: { borgerservice: 'allow', 'pension-care': 'allow', 'social-centre': 'deny' },
  },
  {
    serviceId: 'pension',
    authority: 'authority',
    owner: 'pension-care',
    counterId: 'po-7',
    verdicts: { borgerservice: 'deny', 'pension-care': 'allow', 'social-centre': 'deny' },
  },
  {
    serviceId: 'social-counselling',
    authority: 'authority',
    owner: 'social-centre',
    counterId: 'sc-9',
    verdicts: { borgerservice: 'deny', 'pension-care': 'deny', 'social-centre': 'allow' },
  },
];

const cases = matrix.flatMap(({ verdicts, ...service }) =>
  (Object.entries(verdicts) as [Unit, Verdict][]).map(([staffUnit, verdict]) => ({ ...service, staffUnit, verdict })),
);

describe('the unit rule over HTTP (permission matrix)', () => {
  const server = serverPerTest();

  it('describes the matrix’s services as the demo centre configures them', async () => {
    const centre = expectSuccess(await server().request('GET', '/api/centre'), operations.getCentre);
    for (const { serviceId, authority, owner, counterId } of matrix) {
      expect(centre.services.find((service) => service.id === serviceId), serviceId).toMatchObject({ authority, unitId: owner });
      expect(centre.counters.find((counter) => counter.id === counterId)?.services, counterId).toContain(serviceId);
    }
    expect(centre.units.filter((unit) => unit.dispensation).map((unit) => unit.id)).toEqual(['borgerservice']);
  });

  it.each(cases.filter((entry) => entry.verdict === 'allow'))(
    'lets $staffUnit staff at $counterId call $serviceId ($authority of $owner), in turn and out of order',
    async ({ serviceId, counterId, staffUnit }) => {
      const s = server();
      const first = await issueTicket(s, serviceId);
      const second = await issueTicket(s, serviceId);
      const person = await staffAtCounter(s, 'covering', staffUnit, counterId);
      expect((await callNext(s, person.token, counterId))?.id).toBe(first.id);
      const outOfOrder = expectSuccess(await ticketAction(s, person.token, second.id, 'call', { counterId }), operations.callTicket);
      expect(outOfOrder).toMatchObject({ status: 'called', counterId, staffId: person.id });
      expectSuccess(await ticketAction(s, person.token, second.id, 'start'), operations.start);
      expectSuccess(await ticketAction(s, person.token, second.id, 'finish', { outcome: 'resolved' }), operations.finish);
    },
  );

  it.each(cases.filter((entry) => entry.verdict === 'deny'))(
    'never gives $serviceId ($authority of $owner) to $staffUnit staff at $counterId: 204 on next, 403 out of order',
    async ({ serviceId, counterId, staffUnit }) => {
      const s = server();
      const ticket = await issueTicket(s, serviceId);
      const person = await staffAtCounter(s, 'covering', staffUnit, counterId);
      expect(await callNext(s, person.token, counterId)).toBeNull();
      expectError(await ticketAction(s, person.token, ticket.id, 'call', { counterId }), 403, 'forbidden');
      expect(await getTicket(s, ticket.id)).toMatchObject({ status: 'waiting', counterId: null });
    },
  );
});

describe('covering for another unit', () => {
  const server = serverPerTest();

  it('never gives an authority-only ticket to a covering colleague, but does give the dispensed simple-authority one', async () => {
    const s = server();
    const pension = await issueTicket(s, 'pension');
    s.clock.advanceMinutes(10);
    await issueTicket(s, 'housing-benefit');
    s.clock.advanceMinutes(1);
    const covering = await staffAtCounter(s, 'bs-covering', 'borgerservice', 'po-7');

    expect(await callNext(s, covering.token, 'po-7')).toMatchObject({ number: 'H1', serviceId: 'housing-benefit' });
    // Finishes H1; only the pension ticket waits, and it is not Borgerservice's to decide.
    expect(await callNext(s, covering.token, 'po-7')).toBeNull();
    const error = expectError(await ticketAction(s, covering.token, pension.id, 'call', { counterId: 'po-7' }), 403, 'forbidden');
    expect(error.message).toMatch(/Pension/);

    expectSuccess(await s.request('POST', '/api/counters/po-7/close', { token: covering.token }), operations.closeCounter);
    const owner = await staffAtCounter(s, 'po-owner', 'pension-care', 'po-7');
    expect(await callNext(s, owner.token, 'po-7')).toMatchObject({ number: 'P1', staffId: owner.id });
  });

  it('lets a social-centre colleague at bs-5 take information but never housing benefit', async () => {
    const s = server();
    const housing = await issueTicket(s, 'housing-benefit');
    s.clock.advanceMinutes(5);
    await issueTicket(s, 'information');
    const covering = await staffAtCounter(s, 'sc-covering', 'social-centre', 'bs-5');

    expect(await callNext(s, covering.token, 'bs-5')).toMatchObject({ number: 'G1', serviceId: 'information' });
    expect(await callNext(s, covering.token, 'bs-5')).toBeNull();
    expectError(await ticketAction(s, covering.token, housing.id, 'call', { counterId: 'bs-5' }), 403, 'forbidden');
    expect((await getTicket(s, housing.id)).status).toBe('waiting');
  });

  it('keeps a ticket reserved for a counter from a colleague there who may not handle it', async () => {
    const s = server();
    const pension = await issueTicket(s, 'pension');
    const owner = await staffAtCounter(s, 'po-owner', 'pension-care', 'po-8');
    const covering = await staffAtCounter(s, 'bs-covering', 'borgerservice', 'po-7');
    await callNext(s, owner.token, 'po-8');
    expectSuccess(
      await ticketAction(s, owner.token, pension.id, 'transfer', { serviceId: 'pension', placement: 'front', counterId: 'po-7' }),
      operations.transfer,
    );
    expect(await callNext(s, covering.token, 'po-7')).toBeNull();
    expect((await getTicket(s, pension.id)).status).toBe('waiting');
  });
});

describe('cancelling a waiting ticket (security review, finding 11)', () => {
  const server = serverPerTest();

  it('lets counter staff cancel only what their unit may serve, as the matrix says; leaders any', async () => {
    const s = server();
    const clerks = new Map<Unit, string>();
    for (const unit of ['borgerservice', 'pension-care', 'social-centre'] as const) clerks.set(unit, (await s.createStaff(`clerk-${unit}`, 'staff', unit)).token);
    for (const { serviceId, staffUnit, verdict } of cases) {
      const ticket = await issueTicket(s, serviceId);
      const response = await ticketAction(s, clerks.get(staffUnit)!, ticket.id, 'cancel');
      if (verdict === 'allow') {
        expect(expectSuccess(response, operations.cancel).status, `${staffUnit} cancels ${serviceId}`).toBe('cancelled');
      } else {
        expectError(response, 403, 'forbidden');
        expect((await getTicket(s, ticket.id)).status, `${staffUnit} may not cancel ${serviceId}`).toBe('waiting');
      }
    }
    // A unit leader of the social centre may cancel Borgerservice's passport ticket, as they may transfer it.
    const leader = await s.createStaff('leader', 'manager', 'social-centre');
    const passport = await issueTicket(s, 'passport');
    expect(expectSuccess(await ticketAction(s, leader.token, passport.id, 'cancel'), operations.cancel).status).toBe('cancelled');
  });
});
