import type { KioskBridge } from '@dintur/shared';
import { createWedgeDetector } from './keyboard-wedge.js';

export type ScanListener = (code: string) => void;

/** Scans from every scanner the kiosk has: HID-POS through the shell, keyboard-wedge from the keyboard. */
export type ScanSource = {
  subscribe(listener: ScanListener): () => void;
  dispose(): void;
};

function isEditing(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  return element instanceof HTMLElement && element.isContentEditable;
}

/**
 * Listens for scans: from the shell's HID-POS scanner (`bridge.onScan`) and from keyboard-wedge
 * scanners typing into the page (keyboard-wedge.ts). The Enter that ends a wedge scan is swallowed,
 * so it does not also press the focused button.
 */
export function createScanSource(bridge: KioskBridge | undefined, target: Window = window): ScanSource {
  const listeners = new Set<ScanListener>();
  const emit = (code: string) => {
    for (const listener of listeners) listener(code);
  };
  const detector = createWedgeDetector();
  const onKeyDown = (event: KeyboardEvent) => {
    const result = detector.feed({ key: event.key, timeMs: event.timeStamp, editing: isEditing(target.document.activeElement) });
    if (result.swallow) {
      event.preventDefault();
      event.stopPropagation();
    }
    if (result.scan !== null) emit(result.scan);
  };
  target.addEventListener('keydown', onKeyDown, { capture: true });
  const stopBridge = bridge?.onScan(emit);

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      target.removeEventListener('keydown', onKeyDown, { capture: true });
      stopBridge?.();
      listeners.clear();
    },
  };
}
