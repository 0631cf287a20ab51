import type { KioskBridge } from '@dintur/shared';

const bridgeMethods = ['getConfig', 'print', 'printerStatus', 'onScan'] as const;

/**
 * The Electron shell's bridge (`window.dinturKiosk`, from its preload), or undefined in a plain
 * browser. Checked at run time rather than declared on Window: the page must not trust that
 * whatever sits under that name has the right shape.
 */
export function findKioskBridge(host: object = window): KioskBridge | undefined {
  const candidate: unknown = Reflect.get(host, 'dinturKiosk');
  return isKioskBridge(candidate) ? candidate : undefined;
}

function isKioskBridge(candidate: unknown): candidate is KioskBridge {
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    bridgeMethods.every((method) => typeof Reflect.get(candidate, method) === 'function')
  );
}
