/** Everything staff do at the counter, each on one key. */
export const counterActions = [
  'callNext',
  'recall',
  'start',
  'noShow',
  'transfer',
  'finish',
  'undo',
  'pause',
  'toggleOpen',
  'focusQueue',
  'switchCounter',
  'showShortcuts',
] as const;
export type CounterAction = (typeof counterActions)[number];

/**
 * The key of each action: a Danish mnemonic (N for næste, G for genkald, A for ankommet, U for
 * udeblevet, O for overfør, F for færdig, P for pause, S for skranke, K for kø, V for vælg), and Z
 * for fortryd, as Ctrl+Z undoes everywhere.
 */
export const counterKeys: Record<CounterAction, string> = {
  callNext: 'N',
  recall: 'G',
  start: 'A',
  noShow: 'U',
  transfer: 'O',
  finish: 'F',
  undo: 'Z',
  pause: 'P',
  toggleOpen: 'S',
  focusQueue: 'K',
  switchCounter: 'V',
  showShortcuts: 'H',
};

/** The parts of a keyboard event the map reads. */
export type KeyPress = {
  key: string;
  /** The physical key ("KeyN"): with Alt held, `key` may be another character on some layouts. */
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  repeat: boolean;
};

const actionByLetter = new Map(counterActions.map((action) => [counterKeys[action], action]));

/**
 * The action a key press asks for, or null:
 * - the letter alone, when focus is not in a text field (there it is typing);
 * - Alt+Shift+the letter, anywhere: screen readers in browse mode take single letters for their
 *   own navigation but pass this on, and it cannot be typing.
 * Ctrl and Cmd combinations are the browser's; a held-down key does not repeat an action.
 */
export function actionForKey(press: KeyPress, options: { inTextField: boolean }): CounterAction | null {
  if (press.repeat || press.ctrlKey || press.metaKey) return null;
  if (press.altKey) {
    if (!press.shiftKey) return null;
    const match = /^Key([A-Z])$/.exec(press.code);
    return match ? (actionByLetter.get(match[1]!) ?? null) : null;
  }
  if (options.inTextField) return null;
  if (press.key === '?') return 'showShortcuts';
  return press.key.length === 1 ? (actionByLetter.get(press.key.toUpperCase()) ?? null) : null;
}

/** The value of `aria-keyshortcuts` for an action: both ways of pressing it. */
export function ariaKeyShortcuts(action: CounterAction): string {
  const letter = counterKeys[action];
  return `${letter} Alt+Shift+${letter}`;
}

/** A choice in a dialog by its number key (1–9), or null. */
export function choiceForKey(press: Pick<KeyPress, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>, count: number): number | null {
  if (press.altKey || press.ctrlKey || press.metaKey || !/^[1-9]$/.test(press.key)) return null;
  const index = Number(press.key) - 1;
  return index < count ? index : null;
}
