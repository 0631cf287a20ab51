import { expect } from 'vitest';
import type { ControlBox, KioskPage } from './kiosk-page.js';

/** Every control of the kiosk is at least this big (15 mm on a 21.5"–24" 1080×1920 screen, with margin). */
export const minimumTouchPx = 90;

export const describeControls = (controls: ControlBox[]) => controls.map((control) => `${control.name} @${Math.round(control.y)}+${Math.round(control.height)}`).join(', ');

/** axe-core finds nothing (WCAG A to AAA, best practice) on the screen as it is. */
export async function expectNoViolations(kiosk: KioskPage, where: string): Promise<void> {
  const violations = await kiosk.accessibilityViolations();
  expect(violations, `${where}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

/** Every visible control is big enough to touch. */
export async function expectTouchTargets(kiosk: KioskPage, where: string): Promise<void> {
  const small = (await kiosk.controls()).filter((control) => control.width < minimumTouchPx || control.height < minimumTouchPx);
  expect(small, `${where}: controls under ${minimumTouchPx} px: ${describeControls(small)}`).toEqual([]);
}

/** Every visible control is in the lower half of the screen, and nothing needs scrolling to reach. */
export async function expectAllControlsInLowerHalf(kiosk: KioskPage, where: string): Promise<void> {
  const controls = await kiosk.controls();
  expect(controls.length).toBeGreaterThan(0);
  const high = controls.filter((control) => control.y < kiosk.viewport.height / 2);
  expect(high, `${where}: controls in the upper half: ${describeControls(high)}`).toEqual([]);
  const low = controls.filter((control) => control.y + control.height > kiosk.viewport.height);
  expect(low, `${where}: controls below the screen: ${describeControls(low)}`).toEqual([]);
  expect(await kiosk.overflows(), where).toEqual({ page: false, main: false, clippedLabels: [] });
}
