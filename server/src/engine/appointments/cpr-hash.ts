import { createHmac } from 'node:crypto';
import { normalizeCpr } from '@dintur/shared';

/**
 * The keyed hash a CPR number is kept as: HMAC-SHA256 with the centre's secret key. Without the
 * key, the hash of the few million possible CPR numbers cannot be tabulated, so a stolen
 * database does not give the numbers away. Returns null for something that is not a CPR number.
 */
export function cprHash(key: Buffer, cpr: string): string | null {
  const digits = normalizeCpr(cpr);
  return digits === null ? null : createHmac('sha256', key).update(digits).digest('hex');
}
