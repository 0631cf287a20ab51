import { describe, expect, it } from 'vitest';
import { actionForKey, ariaKeyShortcuts, choiceForKey, counterActions, counterKeys, type KeyPress } from './shortcuts.js';

const press = (key: string, changes: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : '',
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  repeat: false,
  ...changes,
});
const outside = { inTextField: false };
const typing = { inTextField: true };

describe('the counter’s keyboard shortcuts', () => {
  it('gives every action its own key', () => {
    const letters = counterActions.map((action) => counterKeys[action]);
    expect(new Set(letters).size).toBe(counterActions.length);
    for (const letter of letters) expect(letter).toMatch(/^[A-Z]$/);
  });

  it('takes the letter alone, in either case, outside text fields', () => {
    expect(actionForKey(press('n'), outside)).toBe('callNext');
    expect(actionForKey(press('N', { shiftKey: true }), outside)).toBe('callNext');
    expect(actionForKey(press('a'), outside)).toBe('start');
    expect(actionForKey(press('f'), outside)).toBe('finish');
    expect(actionForKey(press('?', { shiftKey: true }), outside)).toBe('showShortcuts');
    expect(actionForKey(press('x'), outside)).toBeNull();
    expect(actionForKey(press('Enter'), outside)).toBeNull();
  });

  it('leaves letters to a text field, where Alt+Shift+letter still works', () => {
    expect(actionForKey(press('n'), typing)).toBeNull();
    expect(actionForKey(press('Ñ', { code: 'KeyN', altKey: true, shiftKey: true }), typing)).toBe('callNext');
    expect(actionForKey(press('o', { altKey: true, shiftKey: true }), outside)).toBe('transfer');
  });

  it('leaves Ctrl, Cmd and Alt without Shift to the browser, and does not repeat a held key', () => {
    expect(actionForKey(press('n', { ctrlKey: true }), outside)).toBeNull();
    expect(actionForKey(press('n', { metaKey: true }), outside)).toBeNull();
    expect(actionForKey(press('n', { altKey: true }), outside)).toBeNull();
    expect(actionForKey(press('n', { repeat: true }), outside)).toBeNull();
  });

  it('tells assistive technology both ways of pressing an action', () => {
    expect(ariaKeyShortcuts('callNext')).toBe('N Alt+Shift+N');
  });

  it('chooses in a dialog by number, within the choices', () => {
    expect(choiceForKey(press('1'), 5)).toBe(0);
    expect(choiceForKey(press('5'), 5)).toBe(4);
    expect(choiceForKey(press('6'), 5)).toBeNull();
    expect(choiceForKey(press('0'), 5)).toBeNull();
    expect(choiceForKey(press('1', { ctrlKey: true }), 5)).toBeNull();
  });
});
