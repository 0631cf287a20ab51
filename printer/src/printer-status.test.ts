import { describe, expect, it } from 'vitest';
import { isStatusReply, printerStatus, stateFromReplies, statusQueryBytes } from './printer-status.js';

describe('DLE EOT status', () => {
  it('asks with DLE EOT n', () => {
    expect([...statusQueryBytes(1)]).toEqual([0x10, 0x04, 0x01]);
    expect([...statusQueryBytes(4)]).toEqual([0x10, 0x04, 0x04]);
  });

  it('knows a reply by its fixed bits (1 and 4 set, 0 and 7 clear)', () => {
    expect(isStatusReply(0x12)).toBe(true);
    expect(isStatusReply(0x7e)).toBe(true);
    expect(isStatusReply(0x00)).toBe(false);
    expect(isStatusReply(0x92)).toBe(false);
    expect(isStatusReply(0x13)).toBe(false);
  });

  it.each([
    [{ printer: 0x12, offlineCause: 0x12, paperSensor: 0x12 }, 'ok'],
    [{ printer: 0x12, offlineCause: 0x12, paperSensor: 0x1e }, 'paper-near-end'],
    [{ printer: 0x1a, offlineCause: 0x32, paperSensor: 0x7e }, 'paper-end'],
    // Some printers report the end only as the offline cause.
    [{ printer: 0x1a, offlineCause: 0x32, paperSensor: 0x12 }, 'paper-end'],
    [{ printer: 0x1a, offlineCause: 0x16, paperSensor: 0x12 }, 'cover-open'],
    [{ printer: 0x1a, offlineCause: 0x36, paperSensor: 0x7e }, 'paper-end'],
    [{ printer: 0x1a, offlineCause: 0x52, paperSensor: 0x12 }, 'offline'],
    [{ printer: 0x1a, offlineCause: 0x12, paperSensor: 0x1e }, 'offline'],
  ] as const)('reads %j as %s', (replies, state) => {
    expect(stateFromReplies(replies)).toBe(state);
  });

  it('says a ticket can be printed when ok or only near the end of the roll', () => {
    const at = Date.parse('2026-11-24T10:00:00Z');
    expect(printerStatus('ok', at)).toEqual({ state: 'ok', canPrint: true, checkedAt: '2026-11-24T10:00:00.000Z' });
    expect(printerStatus('paper-near-end', at).canPrint).toBe(true);
    for (const state of ['paper-end', 'cover-open', 'offline', 'unreachable', 'none'] as const) expect(printerStatus(state, at).canPrint).toBe(false);
    expect(printerStatus('unreachable', at, 'x'.repeat(300)).detail).toHaveLength(200);
  });
});
