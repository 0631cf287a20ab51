import { powerSaveBlocker } from 'electron';

/**
 * Keeps the screen on for as long as the shell runs: a display that dims or sleeps hides calls.
 * Returns the blocker's id, in case it ever needs to be stopped.
 */
export function keepDisplayAwake(): number {
  return powerSaveBlocker.start('prevent-display-sleep');
}
