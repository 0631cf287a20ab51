import type { Centre, DisplayCall, ServerEvent } from '@dintur/shared';
import { describe, expect, it } from 'vitest';
import { advanceFeed, initialFeedState, orderCalls, type FeedInput, type FeedState } from './call-feed.js';
import type { Zone } from './zone.js';

const wholeCentre: Zone = { unitIds: [], counterIds: [] };
const eleven = Date.parse('2026-11-24T10:00:00Z');
const at = (secondsAfterEleven: number) => new Date(eleven + secondsAfterEleven * 1000).toISOString();

const centre: Centre = {
  id: 'valby',
  name: 'Borgercenter Valby',
  timeZone: 'Europe/Copenhagen',
  displayMessage: '',
  businessDay: '2026-11-24',
  units: [
    { id: 'borgerservice', name: { da: 'Borgerservice', en: 'Citizen Service' }, dispensation: true },
    { id: 'pension-care', name: { da: 'Pension og Omsorg', en: 'Pension and Care' }, dispensation: false },
  ],
  services: [
    {
      id: 'passport',
      unitId: 'borgerservice',
      name: { da: 'Pas', en: 'Passport' },
      prefix: 'A',
      authority: 'simple-authority',
      selfServiceUrl: null,
      open: true,
      closedByStaff: false,
      opensAt: null,
      waiting: 3,
      estimatedWaitMinutes: 12,
    },
  ],
  counters: [
    { id: 'bs-1', unitId: 'borgerservice', name: 'Skranke 1', services: ['passport'], status: 'open', pauseReason: null, staffId: 1, since: null, currentTicket: null },
    { id: 'po-7', unitId: 'pension-care', name: 'Skranke 7', services: ['pension'], status: 'open', pauseReason: null, staffId: 2, since: null, currentTicket: null },
  ],
  today: { date: '2026-11-24', open: '00:00', close: '24:00', isOpen: true, issuingClosesAt: null, nextOpening: null },
};

/** A call as the server publishes it; the ticket id follows the number so recalls can share it. */
function call(eventId: number, number: string, counterId = 'bs-1', options: { calledAt?: string; recall?: boolean } = {}): DisplayCall {
  return {
    eventId,
    ticketId: Number(number.replace(/\D/g, '')) + (number.startsWith('P') ? 1000 : 0),
    number,
    serviceId: 'passport',
    counterId,
    counterName: counterId === 'po-7' ? 'Skranke 7' : 'Skranke 1',
    calledAt: options.calledAt ?? at(0),
    recall: options.recall ?? false,
  };
}

function calledEvent(displayCall: DisplayCall): ServerEvent {
  return {
    id: displayCall.eventId,
    type: displayCall.recall ? 'ticket.recalled' : 'ticket.called',
    data: {
      ticket: {
        id: displayCall.ticketId,
        number: displayCall.number,
        serviceId: displayCall.serviceId,
        status: 'called',
        issuedAt: at(-600),
        counterId: displayCall.counterId,
        calledAt: displayCall.calledAt,
      },
      queues: [{ serviceId: 'passport', waiting: 2, estimatedWaitMinutes: 8, longestWaitMinutes: 10 }],
      call: displayCall,
    },
  };
}

function snapshotEvent(id: number, recentCalls: DisplayCall[], serverTime = at(0)): ServerEvent {
  return { id, type: 'snapshot', data: { centre, tickets: [], recentCalls, serverTime } };
}

const event = (serverEvent: ServerEvent): FeedInput => ({ kind: 'event', event: serverEvent, receivedAt: eleven });

/** Feeds inputs in order; returns the final state and everything announced, by number. */
function run(inputs: FeedInput[], zone: Zone = wholeCentre, start: FeedState = initialFeedState()) {
  let state = start;
  const announced: string[] = [];
  for (const input of inputs) {
    const step = advanceFeed(state, input, zone);
    state = step.state;
    announced.push(...step.announce.map((announcedCall) => `${announcedCall.number}${announcedCall.recall ? ' (recall)' : ''}`));
  }
  return { state, announced, shown: state.calls.map((shownCall) => shownCall.number) };
}

/** A display that connected and took a snapshot whose newest event is `lastId`. */
const connectedAt = (lastId: number, recent: DisplayCall[] = []) => run([{ kind: 'opened' }, event(snapshotEvent(lastId, recent))]).state;

describe('the call feed: what is shown and what is announced', () => {
  it('shows the calls of the first snapshot without announcing any of them', () => {
    const { announced, shown } = run([{ kind: 'opened' }, event(snapshotEvent(12, [call(12, 'A3'), call(9, 'A2'), call(5, 'A1')]))]);
    expect(shown).toEqual(['A3', 'A2', 'A1']);
    expect(announced).toEqual([]);
  });

  it('announces a live call once and ignores the same event when it comes again', () => {
    const first = call(13, 'A4');
    const { announced, shown } = run([event(calledEvent(first)), event(calledEvent(first))], wholeCentre, connectedAt(12, [call(12, 'A3')]));
    expect(announced).toEqual(['A4']);
    expect(shown).toEqual(['A4', 'A3']);
  });

  it('announces two calls made at once one after the other, in the order of their events', () => {
    const { announced, shown } = run([event(calledEvent(call(13, 'A4'))), event(calledEvent(call(14, 'P1', 'po-7')))], wholeCentre, connectedAt(12));
    expect(announced).toEqual(['A4', 'P1']);
    expect(shown).toEqual(['P1', 'A4']);
  });

  it('announces a recall again and shows the ticket once, at the top', () => {
    const { announced, shown, state } = run(
      [event(calledEvent(call(13, 'A4'))), event(calledEvent(call(14, 'A5'))), event(calledEvent(call(15, 'A4', 'bs-1', { recall: true })))],
      wholeCentre,
      connectedAt(12),
    );
    expect(announced).toEqual(['A4', 'A5', 'A4 (recall)']);
    expect(shown).toEqual(['A4', 'A5']);
    expect(state.calls[0]?.recall).toBe(true);
  });

  it('ignores events that come before the first snapshot', () => {
    const { announced, shown } = run([event(calledEvent(call(13, 'A4')))]);
    expect(announced).toEqual([]);
    expect(shown).toEqual([]);
  });

  it('after a reconnect, announces a missed call that is younger than 30 s by the server clock', () => {
    const missed = call(13, 'A4', 'bs-1', { calledAt: at(10) });
    const { announced, shown } = run(
      [{ kind: 'opened' }, event(calledEvent(missed)), event(snapshotEvent(13, [missed, call(12, 'A3')], at(25)))],
      wholeCentre,
      connectedAt(12, [call(12, 'A3')]),
    );
    expect(announced).toEqual(['A4']);
    expect(shown).toEqual(['A4', 'A3']);
  });

  it('after a reconnect, only lists a missed call older than 30 s', () => {
    const missed = call(13, 'A4', 'bs-1', { calledAt: at(0) });
    const { announced, shown } = run(
      [{ kind: 'opened' }, event(calledEvent(missed)), event(snapshotEvent(13, [missed], at(31)))],
      wholeCentre,
      connectedAt(12, [call(12, 'A3')]),
    );
    expect(announced).toEqual([]);
    expect(shown).toEqual(['A4']);
  });

  it('after a reconnect, never announces a replayed call it had already seen', () => {
    const seen = call(13, 'A4');
    const before = run([event(calledEvent(seen))], wholeCentre, connectedAt(12)).state;
    const { announced } = run([{ kind: 'opened' }, event(calledEvent(seen)), event(snapshotEvent(13, [seen]))], wholeCentre, before);
    expect(announced).toEqual([]);
  });

  it('after a server restart on the same database, announces only calls made since', () => {
    const before = run([event(calledEvent(call(13, 'A4')))], wholeCentre, connectedAt(12)).state;
    // The restarted server's snapshot repeats the day's calls; its ids carry on from the log.
    const restarted = run([{ kind: 'opened' }, event(snapshotEvent(13, [call(13, 'A4'), call(12, 'A3')]))], wholeCentre, before);
    expect(restarted.announced).toEqual([]);
    const { announced } = run([event(calledEvent(call(14, 'A5')))], wholeCentre, restarted.state);
    expect(announced).toEqual(['A5']);
  });

  it('when the event log began again (a new database), announces nothing old and follows the new ids', () => {
    const before = run([event(calledEvent(call(500, 'A40')))], wholeCentre, connectedAt(499)).state;
    const { state, announced, shown } = run([{ kind: 'opened' }, event(snapshotEvent(3, [call(3, 'A1')]))], wholeCentre, before);
    expect(announced).toEqual([]);
    expect(shown).toEqual(['A1']);
    expect(run([event(calledEvent(call(4, 'A2')))], wholeCentre, state).announced).toEqual(['A2']);
  });

  it('keeps replays of a connection that dropped before its snapshot for the next snapshot', () => {
    const missed = call(13, 'A4', 'bs-1', { calledAt: at(5) });
    const { announced } = run(
      [{ kind: 'opened' }, event(calledEvent(missed)), { kind: 'opened' }, event(snapshotEvent(13, [missed], at(8)))],
      wholeCentre,
      connectedAt(12),
    );
    expect(announced).toEqual(['A4']);
  });

  it('without the server clock in the snapshot, only lists replayed calls', () => {
    const missed = call(13, 'A4');
    const { announced, shown } = run([{ kind: 'opened' }, event(calledEvent(missed)), event(snapshotEvent(13, [missed], 'not a time'))], wholeCentre, connectedAt(12));
    expect(announced).toEqual([]);
    expect(shown).toEqual(['A4']);
  });

  it('shows and announces only the calls of its zone: units or counters', () => {
    const inputs = [event(calledEvent(call(13, 'A4', 'bs-1'))), event(calledEvent(call(14, 'P1', 'po-7')))];
    const pensionWing = run(inputs, { unitIds: ['pension-care'], counterIds: [] }, connectedAt(12));
    expect(pensionWing.announced).toEqual(['P1']);
    expect(pensionWing.shown).toEqual(['P1']);
    const counterOne = run(inputs, { unitIds: [], counterIds: ['bs-1'] }, connectedAt(12));
    expect(counterOne.announced).toEqual(['A4']);
    const both = run(inputs, { unitIds: ['pension-care'], counterIds: ['bs-1'] }, connectedAt(12));
    expect(both.announced).toEqual(['A4', 'P1']);
  });

  it('filters the snapshot by zone too', () => {
    const { shown } = run([{ kind: 'opened' }, event(snapshotEvent(14, [call(14, 'P1', 'po-7'), call(13, 'A4', 'bs-1')]))], { unitIds: ['borgerservice'], counterIds: [] });
    expect(shown).toEqual(['A4']);
  });

  it('merges the zone calls fetched after a snapshot, but none newer than the stream has delivered', () => {
    const start = connectedAt(20, []);
    const { shown, announced } = run([{ kind: 'display-calls', calls: [call(21, 'A9'), call(8, 'A2'), call(4, 'A1')] }], wholeCentre, start);
    expect(shown).toEqual(['A2', 'A1']);
    expect(announced).toEqual([]);
  });

  it('starts an empty list when the day is reset', () => {
    const resetEvent: ServerEvent = { id: 13, type: 'day.reset', data: { businessDay: '2026-11-25', endedTickets: 2 } };
    expect(run([event(resetEvent)], wholeCentre, connectedAt(12, [call(12, 'A3')])).shown).toEqual([]);
  });

  it('keeps the waiting figures up to date from the queues in ticket events', () => {
    const { state } = run([event(calledEvent(call(13, 'A4')))], wholeCentre, connectedAt(12));
    expect(state.centre?.services[0]).toMatchObject({ waiting: 2, estimatedWaitMinutes: 8 });
  });

  it('asks for the centre again when its configuration changed', () => {
    const changed: ServerEvent = { id: 13, type: 'config.changed', data: {} };
    expect(advanceFeed(connectedAt(12), event(changed), wholeCentre).refetchCentre).toBe(true);
  });

  it('asks for the centre again when a counter opens or closes, since the waits of its services changed with it', () => {
    const closed: ServerEvent = { id: 13, type: 'counter.changed', data: { counter: { ...centre.counters[0]!, status: 'closed', staffId: null } } };
    const step = advanceFeed(connectedAt(12), event(closed), wholeCentre);
    expect(step.refetchCentre).toBe(true);
    expect(step.state.centre?.counters[0]).toMatchObject({ id: 'bs-1', status: 'closed' });
  });

  it('learns the server clock offset from the snapshot', () => {
    const state = run([{ kind: 'opened' }, { kind: 'event', event: snapshotEvent(1, [], at(0)), receivedAt: eleven - 5_000 }]).state;
    expect(state.serverOffsetMs).toBe(5_000);
  });
});

describe('orderCalls', () => {
  it('puts the newest first, keeps one entry per ticket and at most eight', () => {
    const calls = Array.from({ length: 12 }, (_, index) => call(index + 1, `A${index + 1}`));
    const shown = orderCalls([...calls, call(20, 'A3', 'bs-1', { recall: true })]);
    expect(shown.map((shownCall) => shownCall.number)).toEqual(['A3', 'A12', 'A11', 'A10', 'A9', 'A8', 'A7', 'A6']);
  });
});
