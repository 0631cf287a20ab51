/**
 * Scanners in keyboard mode ("keyboard wedge") type what they read as keystrokes, ending with
 * Enter, faster than any person: a few milliseconds apart against a person's hundred or more.
 * This tells such a burst from typing, so a scan (a health card, an appointment's code) can be
 * taken while no input field has the focus, and the Enter that ends it does not also press the
 * button that happens to have the focus.
 */
export type WedgeOptions = {
  /**
   * The longest pause between two keys of one scan. Scanners type every 5–30 ms, but a busy USB
   * hub or a Bluetooth link can stretch a gap; a pause longer than this starts a new burst, which
   * would cut a code short. Generous on purpose: outside an input field nobody types letters at a
   * kiosk (keyboard users press Tab and Enter), so a false scan needs four letters within this.
   */
  maxGapMs: number;
  /** The shortest code taken as a scan: shorter bursts are typing. */
  minLength: number;
};

export const defaultWedgeOptions: WedgeOptions = { maxGapMs: 100, minLength: 4 };

/** One keydown as the detector needs it. */
export type WedgeKey = {
  /** KeyboardEvent.key: one character, "Enter", "Shift", … */
  key: string;
  /** When it was pressed (KeyboardEvent.timeStamp), in milliseconds. */
  timeMs: number;
  /** Whether an input field has the focus: then keys are typing, never a scan. */
  editing: boolean;
};

/** What the detector made of a key: a finished scan (the Enter should then be swallowed), or nothing. */
export type WedgeResult = { scan: string | null; swallow: boolean };

const modifierKeys = new Set(['Shift', 'Alt', 'AltGraph', 'Control', 'Meta', 'CapsLock']);
const nothing: WedgeResult = { scan: null, swallow: false };

/** A detector of scan bursts; feed it every keydown, in order. */
export function createWedgeDetector(options: WedgeOptions = defaultWedgeOptions): { feed(key: WedgeKey): WedgeResult } {
  let buffer = '';
  let lastAt = Number.NEGATIVE_INFINITY;

  const reset = () => {
    buffer = '';
    lastAt = Number.NEGATIVE_INFINITY;
  };

  return {
    feed({ key, timeMs, editing }) {
      if (editing) {
        reset();
        return nothing;
      }
      // Scanners press Shift for capitals: it neither breaks nor extends the burst.
      if (modifierKeys.has(key)) return nothing;
      const quick = timeMs - lastAt <= options.maxGapMs;
      if (key === 'Enter') {
        const scan = quick && buffer.length >= options.minLength ? buffer : null;
        reset();
        return scan === null ? nothing : { scan, swallow: true };
      }
      if ([...key].length !== 1) {
        reset();
        return nothing;
      }
      // A slow key starts a new burst: what came before was a person typing.
      buffer = quick ? buffer + key : key;
      lastAt = timeMs;
      return nothing;
    },
  };
}
