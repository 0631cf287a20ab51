import { describe, expect, it } from 'vitest';
import { createWedgeDetector, type WedgeResult } from './keyboard-wedge.js';

/** Types `text` then Enter, `gapMs` apart, starting at `startMs`; returns the detector's answer to each key. */
function type(detector: ReturnType<typeof createWedgeDetector>, text: string, gapMs: number, startMs = 1_000, editing = false): WedgeResult[] {
  return [...text, 'Enter'].map((key, index) => detector.feed({ key, timeMs: startMs + index * gapMs, editing }));
}

const last = (results: WedgeResult[]) => results[results.length - 1];

describe('the keyboard-wedge detector', () => {
  it('takes a fast burst of keys ending in Enter as a scan, and swallows that Enter', () => {
    const results = type(createWedgeDetector(), '5701234567892', 8);
    expect(last(results)).toEqual({ scan: '5701234567892', swallow: true });
    expect(results.slice(0, -1).every((result) => result.scan === null && !result.swallow)).toBe(true);
  });

  it('leaves a person’s typing alone: their Enter presses the focused button', () => {
    expect(last(type(createWedgeDetector(), 'A123', 180))).toEqual({ scan: null, swallow: false });
  });

  it('leaves a lone Enter (keyboard use of a button) alone', () => {
    expect(createWedgeDetector().feed({ key: 'Enter', timeMs: 5, editing: false })).toEqual({ scan: null, swallow: false });
  });

  it('takes nothing shorter than four characters', () => {
    expect(last(type(createWedgeDetector(), '12', 5))).toEqual({ scan: null, swallow: false });
  });

  it('starts afresh after a pause, so keys typed earlier are not part of the scan', () => {
    const detector = createWedgeDetector();
    detector.feed({ key: 'x', timeMs: 0, editing: false });
    expect(last(type(detector, 'APPT7QX2', 10, 2_000))).toEqual({ scan: 'APPT7QX2', swallow: true });
  });

  it('keeps capitals: Shift between the keys neither breaks nor joins the burst', () => {
    const detector = createWedgeDetector();
    const keys = ['Shift', 'A', 'Shift', 'B', '1', '2', 'Enter'];
    const results = keys.map((key, index) => detector.feed({ key, timeMs: index * 6, editing: false }));
    expect(last(results)).toEqual({ scan: 'AB12', swallow: true });
  });

  it('never takes a scan while an input field has the focus', () => {
    expect(last(type(createWedgeDetector(), '5701234567892', 8, 0, true))).toEqual({ scan: null, swallow: false });
  });

  it('drops the burst at a key that is not a character (Tab, arrows)', () => {
    const detector = createWedgeDetector();
    const keys = ['1', '2', 'Tab', '3', '4', '5', 'Enter'];
    expect(last(keys.map((key, index) => detector.feed({ key, timeMs: index * 5, editing: false })))).toEqual({ scan: null, swallow: false });
  });

  it('takes a slow last Enter as typing, not the end of a scan', () => {
    const detector = createWedgeDetector();
    [...'123456'].forEach((key, index) => detector.feed({ key, timeMs: index * 5, editing: false }));
    expect(detector.feed({ key: 'Enter', timeMs: 700, editing: false })).toEqual({ scan: null, swallow: false });
  });
});
