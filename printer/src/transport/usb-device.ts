import { constants, lstatSync, realpathSync, statSync } from 'node:fs';
import { open, realpath, stat, type FileHandle } from 'node:fs/promises';

/**
 * A USB printer's device path may only lead to a character device under /dev. The path comes
 * from a configuration an admin edits over HTTP; without this, `/dev/../srv/dintur/cpr-hash.key`
 * (or a link under /dev to such a file) would have the printer code write its status queries
 * into that file. Every refusal says the same thing, so nothing is learnt about files elsewhere.
 */

/** The one answer for every path that is not a printer's device, whatever is there instead. */
export const notACharacterDevice = (device: string) => `${device} is not a character device under /dev (is the printer plugged in and switched on?)`;

const insideDev = (resolved: string) => resolved.startsWith('/dev/');

/** "/dev/…" without "." or ".." steps (the configuration's schema says the same). */
const lexicallyUnderDev = (device: string) =>
  device.startsWith('/dev/') && !device.includes('\0') && !device.split('/').some((step) => step === '.' || step === '..');

/**
 * For the configuration: why this device path is refused, or undefined. A path with no entry in
 * /dev is accepted (a usblp node appears only while its printer is plugged in); a path that
 * exists must lead, after every link, to a character device under /dev.
 */
export function usbDeviceProblem(device: string): string | undefined {
  if (!lexicallyUnderDev(device)) return notACharacterDevice(device);
  try {
    lstatSync(device);
  } catch {
    return undefined;
  }
  try {
    const resolved = realpathSync(device);
    return insideDev(resolved) && statSync(resolved).isCharacterDevice() ? undefined : notACharacterDevice(device);
  } catch {
    return notACharacterDevice(device);
  }
}

/**
 * Opens the device read-write and non-blocking, only if it is, at this moment, a character device
 * under /dev: the path is resolved, the resolved node opened without following a link, and the
 * opened file checked again (so a link swapped in between is caught before a byte is written).
 */
export async function openCharacterDevice(device: string): Promise<FileHandle> {
  if (!lexicallyUnderDev(device)) throw new Error(notACharacterDevice(device));
  let resolved: string;
  let expected: { dev: number; ino: number };
  try {
    resolved = await realpath(device);
    const node = await stat(resolved);
    if (!insideDev(resolved) || !node.isCharacterDevice()) throw new Error('not a device');
    expected = { dev: node.dev, ino: node.ino };
  } catch {
    throw new Error(notACharacterDevice(device));
  }
  let handle: FileHandle;
  try {
    handle = await open(resolved, constants.O_RDWR | constants.O_NONBLOCK | constants.O_NOCTTY | constants.O_NOFOLLOW);
  } catch (error) {
    // Said only of a character device under /dev: a printer's own troubles.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES') throw new Error(`Cannot open ${device}: EACCES (the kiosk user needs to be in the "lp" group)`);
    if (code === 'EBUSY') throw new Error(`Cannot open ${device}: EBUSY (another program, such as CUPS, holds the printer)`);
    throw new Error(notACharacterDevice(device));
  }
  const opened = await handle.stat().catch(() => undefined);
  if (!opened?.isCharacterDevice() || opened.dev !== expected.dev || opened.ino !== expected.ino) {
    await handle.close().catch(() => undefined);
    throw new Error(notACharacterDevice(device));
  }
  return handle;
}
