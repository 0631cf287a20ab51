import { describe, expect, it } from 'vitest';
import { counterAvailability, type CounterSituation } from './availability.js';

const situation = (changes: Partial<CounterSituation>): CounterSituation => ({
  status: 'open',
  mine: true,
  occupiedBy: null,
  counterName: 'Skranke 3',
  current: null,
  ...changes,
});
const possible = (changes: Partial<CounterSituation>) =>
  Object.entries(counterAvailability(situation(changes)))
    .filter(([, value]) => value === true)
    .map(([action]) => action)
    .sort();

describe('what can be done at the counter', () => {
  it('closed: only open it, or look around', () => {
    expect(possible({ status: 'closed', mine: false })).toEqual(['focusQueue', 'showShortcuts', 'switchCounter', 'toggleOpen']);
    expect(counterAvailability(situation({ status: 'closed', mine: false })).callNext).toBe('Skranken er lukket. Åbn den for at kalde borgere.');
  });

  it('open and idle: call next, pause, close', () => {
    expect(possible({})).toEqual(['callNext', 'focusQueue', 'pause', 'showShortcuts', 'switchCounter', 'toggleOpen']);
  });

  it('a called citizen: recall, arrived, no-show, transfer or finish, but not next past them', () => {
    const availability = counterAvailability(situation({ current: 'called' }));
    expect(possible({ current: 'called' })).toEqual(['finish', 'focusQueue', 'noShow', 'pause', 'recall', 'showShortcuts', 'start', 'transfer']);
    expect(availability.callNext).toBe('Marker først borgeren som ankommet eller udeblevet.');
    expect(availability.toggleOpen).toBe('Afslut eller overfør besøget først.');
  });

  it('a citizen being served: finish, transfer, or finish as resolved and call the next', () => {
    expect(possible({ current: 'serving' })).toEqual(['callNext', 'finish', 'focusQueue', 'pause', 'showShortcuts', 'transfer']);
  });

  it('just after a no-show or a finish: it can be taken back while the counter is free, not once the next is called', () => {
    expect(possible({ undoable: true })).toContain('undo');
    expect(counterAvailability(situation({})).undo).toBe('Der er intet at fortryde.');
    expect(counterAvailability(situation({ undoable: true, current: 'called' })).undo).toBe('Der er kaldt en ny borger, så det kan ikke fortrydes længere.');
    expect(counterAvailability(situation({ undoable: true, status: 'closed', mine: false })).undo).toBe('Skranken er lukket. Åbn den for at kalde borgere.');
  });

  it('someone else’s counter: nothing but choosing another', () => {
    const availability = counterAvailability(situation({ mine: false, occupiedBy: 'Mette' }));
    expect(possible({ mine: false, occupiedBy: 'Mette' })).toEqual(['focusQueue', 'showShortcuts', 'switchCounter']);
    expect(availability.toggleOpen).toContain('optaget af Mette');
  });
});
