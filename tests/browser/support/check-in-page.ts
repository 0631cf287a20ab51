import type { Browser, Locator } from 'playwright-core';
import { KioskPage, portrait, type ShellBridgeOptions, type Viewport } from './kiosk-page.js';

/**
 * Page model of the kiosk's appointment check-in ("I have an appointment"): the keypad of the
 * booking code, scans typed by a keyboard-wedge scanner, and what the screen answers. Built on
 * the kiosk's own page model for everything else (start screen, ticket screen, printing).
 */
export class CheckInPage {
  private constructor(readonly kiosk: KioskPage) {}

  static async open(browser: Browser, serverUrl: string, options: { viewport?: Viewport; query?: Record<string, string> } = {}): Promise<CheckInPage> {
    return new CheckInPage(await KioskPage.open(browser, serverUrl, { viewport: options.viewport ?? portrait, ...(options.query && { query: options.query }) }));
  }

  /** The kiosk page as the Electron shell loads it from disk, its bridge stood in for (records prints, passes HID-POS scans). */
  static async openFromDisk(browser: Browser, bridge: ShellBridgeOptions): Promise<CheckInPage> {
    return new CheckInPage(await KioskPage.openFromDisk(browser, bridge));
  }

  get page() {
    return this.kiosk.page;
  }

  get keypad(): Locator {
    return this.page.locator('.keypad');
  }

  /** Start screen → "I have an appointment". */
  async open(): Promise<void> {
    await this.kiosk.haveAppointment();
    await this.kiosk.waitForScreen('check-in');
  }

  /** Taps the code's symbols on the keypad, one by one. */
  async typeOnKeypad(code: string): Promise<void> {
    await this.kiosk.waitUntilSettled();
    for (const symbol of code) await this.keypad.getByRole('button', { name: symbol, exact: true }).click();
  }

  async tapCheckIn(): Promise<void> {
    await this.page.getByTestId('check-in-submit').click();
  }

  async tapDelete(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Slet|Delete)$/ }).click();
  }

  /**
   * What a keyboard-wedge scanner does: the payload as keystrokes a few milliseconds apart, then
   * Enter, with no input field focused.
   */
  async scanWithWedge(payload: string): Promise<void> {
    await this.page.keyboard.type(`${payload}\n`);
  }

  /** The code on the slots above the keypad. */
  async typedCode(): Promise<string> {
    return (await this.page.getByTestId('typed-code').getAttribute('data-code')) ?? '';
  }

  /** The line under the code: what went wrong, or that the appointment is being looked up. */
  async message(): Promise<string> {
    return (await this.page.getByTestId('check-in-message').innerText()).trim();
  }

  /** How the problem line looks: its role, whether it has a warning sign, its text colour and frame colour. */
  async messageLooks(): Promise<{ role: string | null; icon: boolean; color: string; border: string }> {
    return this.page.evaluate<{ role: string | null; icon: boolean; color: string; border: string }>(`(() => {
      const message = document.querySelector('[data-testid="check-in-message"]');
      const style = getComputedStyle(message);
      return { role: message.getAttribute('role'), icon: message.querySelector('svg') !== null, color: style.color, border: style.borderTopColor };
    })()`);
  }

  async waitForMessage(text: string | RegExp, timeoutMs = 5_000): Promise<void> {
    await this.page.getByTestId('check-in-message').filter({ hasText: text }).waitFor({ timeout: timeoutMs });
  }

  /** The answer screen (too early, too late, unavailable): its step and its sentence. */
  async waitForAnswer(step: 'too-early' | 'too-late' | 'unavailable', timeoutMs = 5_000): Promise<string> {
    await this.page.locator(`.check-in-answer[data-step="${step}"]`).waitFor({ timeout: timeoutMs });
    await this.kiosk.waitUntilSettled();
    return (await this.page.getByTestId('check-in-answer').innerText()).trim();
  }

  /** The sizes of the keypad's keys and commands, smallest first. */
  async keySizes(): Promise<{ name: string; width: number; height: number }[]> {
    const boxes = await this.page.evaluate<{ name: string; width: number; height: number }[]>(`[...document.querySelectorAll('.keypad button, .keypad-commands button')].map((button) => {
      const box = button.getBoundingClientRect();
      return { name: button.innerText.trim(), width: box.width, height: box.height };
    })`);
    return boxes.sort((a, b) => Math.min(a.width, a.height) - Math.min(b.width, b.height));
  }
}
