import { expect, it, vi } from 'vitest';
import { keepDisplayAwake } from './power.js';

const electron = await vi.hoisted(async () => (await import('./testing/fake-electron.js')).createFakeElectron());
vi.mock('electron', () => electron);

it('keeps the screen from sleeping', () => {
  expect(keepDisplayAwake()).toBe(7);
  expect(electron.powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
});
