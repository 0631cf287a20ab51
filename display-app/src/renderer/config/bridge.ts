import type { DisplayBridge } from '@dintur/shared';

/**
 * The Electron shell's bridge (`window.dinturDisplay`, from its preload), or undefined in a plain
 * browser. Checked at run time rather than declared on Window: the page must not trust that
 * whatever sits under that name has the right shape.
 */
export function findDisplayBridge(host: object = window): DisplayBridge | undefined {
  const candidate: unknown = Reflect.get(host, 'dinturDisplay');
  return isDisplayBridge(candidate) ? candidate : undefined;
}

function isDisplayBridge(candidate: unknown): candidate is DisplayBridge {
  return typeof candidate === 'object' && candidate !== null && typeof Reflect.get(candidate, 'getConfig') === 'function';
}
