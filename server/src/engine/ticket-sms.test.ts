import { describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../data/database.js';
import { createTicketSmsRepository } from '../data/ticket-sms-repository.js';
import { demoConfig } from '../seed/demo-config.js';
import { ManualClock } from './clock.js';
import { createEngine } from './engine.js';
import { DomainError } from './errors.js';
import type { Actor } from './permissions.js';
import { tuesdayMorning } from './test-engine.js';

/** An engine that queues SMS (as with DINTUR_SMS_URL set) on a fresh in-memory database. */
function smsEngine(options: { sms?: boolean; config?: unknown } = {}) {
  const clock = new ManualClock(new Date(tuesdayMorning).getTime());
  const db = openMemoryDatabase();
  const engine = createEngine({ db, clock, initialConfig: options.config ?? demoConfig, sms: options.sms ?? true });
  let nextId = 1;
  const actor = (username: string, unitId: string | null, role: Actor['role'] = 'staff'): Actor => {
    const id = engine.context.staff.insert({ username: `${username}-${nextId++}`, displayName: username, passwordHash: 'x', unitId, role }, clock.now());
    return { id, unitId, role, displayName: username };
  };
  /** Every message in the outbox, oldest first: what the sender would hand the gateway. */
  const outbox = () => engine.context.sms.due(Number.MAX_SAFE_INTEGER, 1000);
  const take = (serviceId: string, lang = 'da') => engine.issueTicket({ serviceId, lang });
  return { engine, clock, db, actor, outbox, take };
}

describe('SMS to a walk-in who asked for it on the tracking page', () => {
  it('says the turn is near exactly once, when 3 are ahead, naming where to come', () => {
    const { engine, actor, outbox, take } = smsEngine();
    for (let index = 0; index < 5; index += 1) take('moving');
    const mine = take('moving');
    expect(engine.ticketSms.track(mine.trackingCode).sms).toEqual({ available: true, phone: null, nearAhead: 3 });
    const answer = engine.ticketSms.optIn(mine.trackingCode, { phone: '40 11 22 33' });
    expect(answer.sms).toEqual({ available: true, phone: '••••••33', nearAhead: 3 });
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-3');
    engine.callNext(clerk, 'bs-3'); // 4 ahead
    expect(outbox()).toEqual([]);
    engine.callNext(clerk, 'bs-3'); // 3 ahead
    expect(outbox().map(({ id, kind, phone, text, ticketId }) => ({ id, kind, phone, text, ticketId }))).toEqual([
      { id: `near:${mine.id}:0`, kind: 'near', phone: '+4540112233', text: 'E6: Det er snart din tur. Foran dig: 3. Kom til Borgerservice.', ticketId: mine.id },
    ]);
    expect(engine.ticketSms.track(mine.trackingCode).sms?.nearAhead).toBeNull();
    engine.callNext(clerk, 'bs-3'); // 2 ahead
    engine.callNext(clerk, 'bs-3'); // 1 ahead
    expect(outbox().filter((message) => message.kind === 'near')).toHaveLength(1);
  });

  it('does not say "near" to a ticket already near when it asks: the confirmation says so', () => {
    const { engine, actor, outbox, take } = smsEngine();
    take('moving');
    const mine = take('moving');
    expect(engine.ticketSms.track(mine.trackingCode).sms).toEqual({ available: true, phone: null, nearAhead: null });
    expect(engine.ticketSms.optIn(mine.trackingCode, { phone: '+45 40 11 22 33' }).sms?.nearAhead).toBeNull();
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-3');
    engine.callNext(clerk, 'bs-3');
    expect(outbox()).toEqual([]);
  });

  it('says "your turn, go to Skranke 3" on the call, once more on the first recall, and not on later ones', () => {
    const { engine, actor, outbox, take } = smsEngine();
    const mine = take('moving');
    engine.ticketSms.optIn(mine.trackingCode, { phone: '40112233' });
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-3');
    engine.callNext(clerk, 'bs-3');
    engine.recall(clerk, mine.id);
    engine.recall(clerk, mine.id);
    const calls = outbox().filter((message) => message.kind === 'called');
    expect(calls.map((message) => message.text)).toEqual(['E1: Det er din tur nu. Gå til Skranke 3.', 'E1: Det er din tur nu. Gå til Skranke 3.']);
    expect(calls.map((message) => message.id.split(':')[0])).toEqual(['called', 'recalled']);
    // A message about a call is given up unsent rather than sent long after it.
    expect(calls.every((message) => message.expiresAt !== null && message.expiresAt <= Date.parse(tuesdayMorning) + 10 * 60_000)).toBe(true);
  });

  it('tells where to wait after a transfer, and says "near" again in the new queue', () => {
    const { engine, clock, actor, outbox, take } = smsEngine();
    const mine = take('moving', 'en');
    engine.ticketSms.optIn(mine.trackingCode, { phone: '40112233' });
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-3');
    for (let index = 0; index < 5; index += 1) take('pension');
    engine.callNext(clerk, 'bs-3');
    clock.advanceMinutes(3);
    engine.transfer(clerk, mine.id, { serviceId: 'pension', placement: 'back' });
    const transferred = outbox().filter((message) => message.kind === 'transferred');
    expect(transferred.map((message) => message.text)).toEqual(['E1: You have been sent on. Please wait at Pension and Care.']);
    const pensionClerk = actor('pension', 'pension-care');
    engine.openCounter(pensionClerk, 'po-7');
    engine.callNext(pensionClerk, 'po-7'); // 4 ahead
    engine.callNext(pensionClerk, 'po-7'); // 3 ahead
    expect(outbox().filter((message) => message.kind === 'near').map((message) => message.text)).toEqual([
      'E1: Your turn is soon. Ahead of you: 3. Please come to Pension and Care.',
    ]);
    engine.callNext(pensionClerk, 'po-7');
    engine.callNext(pensionClerk, 'po-7');
    engine.callNext(pensionClerk, 'po-7');
    engine.callNext(pensionClerk, 'po-7');
    expect(outbox().filter((message) => message.kind === 'called').map((message) => message.text)).toEqual([
      'E1: It is your turn now. Please go to Skranke 3.',
      'E1: It is your turn now. Please go to Skranke 7.',
    ]);
  });

  it('never names a sensitive service or its unit: only the centre', () => {
    const { engine, actor, outbox, take } = smsEngine();
    for (let index = 0; index < 4; index += 1) take('social-counselling');
    const mine = take('social-counselling');
    engine.ticketSms.optIn(mine.trackingCode, { phone: '40112233' });
    const social = actor('social', 'social-centre');
    engine.openCounter(social, 'sc-9');
    engine.callNext(social, 'sc-9');
    const moving = take('moving');
    engine.ticketSms.optIn(moving.trackingCode, { phone: '40112244' });
    engine.transfer(actor('lead', null, 'manager'), moving.id, { serviceId: 'financial-assistance', placement: 'back' });
    const texts = outbox().map((message) => message.text ?? '');
    expect(texts).toEqual([
      'S5: Det er snart din tur. Foran dig: 3. Kom til Borgercenter Valby.',
      'E1: Du er sendt videre. Vent ved Borgercenter Valby.',
    ]);
    for (const text of texts) expect(text).not.toMatch(/Social|rådgivning|Økonomisk|hjælp/i);
  });

  it('sends nothing more once the citizen opts out, and the number is gone', () => {
    const { engine, db, actor, outbox, take } = smsEngine();
    const mine = take('moving');
    engine.ticketSms.optIn(mine.trackingCode, { phone: '40112233' });
    expect(engine.ticketSms.optOut(mine.trackingCode).sms).toEqual({ available: true, phone: null, nearAhead: null });
    expect(createTicketSmsRepository(db).byTicket(mine.id)?.phone).toBeNull();
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-3');
    engine.callNext(clerk, 'bs-3');
    expect(outbox()).toEqual([]);
  });

  it('withdraws a message queued but not yet sent when the citizen opts out', () => {
    const { engine, actor, outbox, take } = smsEngine();
    for (let index = 0; index < 4; index += 1) take('moving');
    const mine = take('moving');
    engine.ticketSms.optIn(mine.trackingCode, { phone: '40112233' });
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-3');
    engine.callNext(clerk, 'bs-3'); // 3 ahead: "near" is queued
    expect(outbox().map((message) => message.kind)).toEqual(['near']);
    engine.ticketSms.optOut(mine.trackingCode);
    expect(outbox()).toEqual([]);
  });

  it('deletes the number when the day ends, also from the messages sent that day, and a ticket of that day sends nothing after', () => {
    const { engine, clock, db, actor, outbox, take } = smsEngine();
    const called = take('moving');
    const mine = take('moving');
    engine.ticketSms.optIn(called.trackingCode, { phone: '40112244' });
    engine.ticketSms.optIn(mine.trackingCode, { phone: '40112233' });
    const morning = actor('morning', 'borgerservice');
    engine.openCounter(morning, 'bs-4');
    engine.callNext(morning, 'bs-4');
    const [message] = outbox();
    engine.context.sms.markSent(message!.id, clock.now()); // as the sender does once the gateway took it
    clock.advanceMinutes(20 * 60); // past the daily reset
    engine.tick();
    expect(createTicketSmsRepository(db).byTicket(mine.id)).toBeUndefined();
    expect(engine.context.sms.byId(message!.id)).toMatchObject({ state: 'sent', phone: null, text: null });
    expect(engine.ticketSms.track(mine.trackingCode)).toMatchObject({ status: 'ended-by-reset', sms: { phone: null } });
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-3');
    take('moving');
    engine.callNext(clerk, 'bs-3');
    expect(outbox()).toEqual([]);
  });

  it('refuses a ticket that has ended, and says SMS is off without a gateway', () => {
    const { engine, take } = smsEngine();
    const mine = take('moving');
    engine.cancelByCitizen(mine.trackingCode);
    expect(() => engine.ticketSms.optIn(mine.trackingCode, { phone: '40112233' })).toThrow(expect.objectContaining({ status: 409, code: 'invalid-state' }));

    const off = smsEngine({ sms: false });
    const other = off.take('moving');
    expect(off.engine.ticketSms.track(other.trackingCode).sms).toEqual({ available: false, phone: null, nearAhead: null });
    expect(() => off.engine.ticketSms.optIn(other.trackingCode, { phone: '40112233' })).toThrow(expect.objectContaining({ status: 409, code: 'sms-off' }));
  });

  it('lets one ticket be given 3 numbers at most, and one number follow 3 tickets a day at most', () => {
    const { engine, take } = smsEngine();
    const mine = take('moving');
    engine.ticketSms.optIn(mine.trackingCode, { phone: '40112201' });
    engine.ticketSms.optIn(mine.trackingCode, { phone: '40112201', lang: 'en' }); // the same again: not a change
    engine.ticketSms.optIn(mine.trackingCode, { phone: '40112202' });
    engine.ticketSms.optOut(mine.trackingCode);
    engine.ticketSms.optIn(mine.trackingCode, { phone: '40112203' });
    const refusal = (() => {
      try {
        engine.ticketSms.optIn(mine.trackingCode, { phone: '40112204' });
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ status: 409, code: 'sms-limit' });
    expect(engine.ticketSms.track(mine.trackingCode).sms?.phone).toBe('••••••03');

    for (let index = 0; index < 3; index += 1) engine.ticketSms.optIn(take('moving').trackingCode, { phone: '40999999' });
    expect(() => engine.ticketSms.optIn(take('moving').trackingCode, { phone: '+4540999999' })).toThrow(expect.objectContaining({ code: 'sms-limit' }));
  });

  it('writes the SMS in the language asked, and English for a language without SMS words', () => {
    const { engine, actor, outbox, take } = smsEngine();
    const polish = take('moving', 'pl');
    const arabic = take('moving', 'ar');
    engine.ticketSms.optIn(polish.trackingCode, { phone: '40112233' });
    engine.ticketSms.optIn(arabic.trackingCode, { phone: '40112244' });
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-3');
    engine.callNext(clerk, 'bs-3');
    engine.callNext(clerk, 'bs-3');
    expect(outbox().map((message) => [message.lang, message.text])).toEqual([
      ['pl', 'E1: Teraz Twoja kolej. Podejdz do: Skranke 3.'],
      ['ar', 'E2: It is your turn now. Please go to Skranke 3.'],
    ]);
  });
});
