import type { DisplayCall } from '@dintur/shared';
import { describe, expect, it } from 'vitest';
import { advanceStage, emptyStage, enqueueCalls, markSpoken, minimumHoldMs, nextCheckAt, speechGiveUpMs, splitCalls, type Stage } from './call-stage.js';

function call(eventId: number, number: string, options: { ticketId?: number; recall?: boolean } = {}): DisplayCall {
  return {
    eventId,
    ticketId: options.ticketId ?? eventId,
    number,
    serviceId: 'passport',
    counterId: 'bs-1',
    counterName: 'Skranke 1',
    calledAt: '2026-11-24T10:00:00.000Z',
    recall: options.recall ?? false,
  };
}

const a1 = call(1, 'A1');
const d1 = call(2, 'D1');
const a2 = call(3, 'A2');

describe('the big slot', () => {
  it('takes a call at once when it is free', () => {
    const { stage, staged } = enqueueCalls(emptyStage, [a1], 1_000);
    expect(staged).toBe(a1);
    expect(stage).toEqual({ shown: { call: a1, since: 1_000, spoken: false }, waiting: [] });
  });

  it('holds a call until it has been said and the minimum time has passed; the next waits its turn', () => {
    let stage: Stage = enqueueCalls(emptyStage, [a1], 0).stage;
    // D1 is called 0.8 s later: it waits.
    const second = enqueueCalls(stage, [d1], 800);
    expect(second.staged).toBeNull();
    stage = second.stage;
    expect(stage.shown?.call).toBe(a1);
    expect(stage.waiting).toEqual([d1]);

    // Said, but not yet held long enough.
    stage = markSpoken(stage, a1.eventId);
    expect(advanceStage(stage, minimumHoldMs - 1).staged).toBeNull();
    expect(nextCheckAt(stage)).toBe(minimumHoldMs);
    const turn = advanceStage(stage, minimumHoldMs);
    expect(turn.staged).toBe(d1);
    expect(turn.stage.shown).toEqual({ call: d1, since: minimumHoldMs, spoken: false });
  });

  it('keeps a call whose announcement is still being said, however long, until the voice gives up', () => {
    const stage = enqueueCalls(enqueueCalls(emptyStage, [a1], 0).stage, [d1], 100).stage;
    expect(advanceStage(stage, minimumHoldMs * 2).staged).toBeNull();
    expect(nextCheckAt(stage)).toBe(speechGiveUpMs);
    expect(advanceStage(stage, speechGiveUpMs).staged).toBe(d1);
  });

  it('gives several waiting calls the slot one at a time, in the order they were made', () => {
    let stage = enqueueCalls(emptyStage, [a1, d1, a2], 0).stage;
    const shown: string[] = [stage.shown!.call.number];
    let now = 0;
    while (stage.waiting.length > 0) {
      stage = markSpoken(stage, stage.shown!.call.eventId);
      now = nextCheckAt(stage)!;
      stage = advanceStage(stage, now).stage;
      shown.push(stage.shown!.call.number);
    }
    expect(shown).toEqual(['A1', 'D1', 'A2']);
    expect(now).toBe(2 * minimumHoldMs);
  });

  it('lets a call made after a quiet spell take the slot at once', () => {
    const stage = markSpoken(enqueueCalls(emptyStage, [a1], 0).stage, a1.eventId);
    expect(enqueueCalls(stage, [d1], 60_000).staged).toBe(d1);
  });

  it('ignores a late "said" for a call that already gave way', () => {
    const stage = enqueueCalls(emptyStage, [d1], 0).stage;
    expect(markSpoken(stage, a1.eventId)).toBe(stage);
  });
});

describe('the big call and the list', () => {
  it('shows the staged call big and every other call in the list at once, the waiting ones on top', () => {
    const stage = enqueueCalls(enqueueCalls(emptyStage, [a1], 0).stage, [d1, a2], 800).stage;
    const { current, earlier } = splitCalls(stage, [a2, d1, a1]);
    expect(current).toBe(a1);
    expect(earlier.map((shown) => shown.number)).toEqual(['A2', 'D1']);
  });

  it('shows the newest known call big before any was announced', () => {
    expect(splitCalls(emptyStage, [d1, a1])).toEqual({ current: d1, earlier: [a1] });
    expect(splitCalls(emptyStage, [])).toEqual({ current: undefined, earlier: [] });
  });

  it('does not list the ticket on the big slot a second time when its recall waits', () => {
    const recall = call(4, 'A1', { ticketId: a1.ticketId, recall: true });
    const stage = enqueueCalls(enqueueCalls(emptyStage, [a1], 0).stage, [recall], 500).stage;
    expect(splitCalls(stage, [recall, d1])).toEqual({ current: a1, earlier: [d1] });
  });
});
