/**
 * Writes the golden receipt's bytes again, after a deliberate change of the layout:
 *
 *     npx tsx printer/src/__golden__/regenerate.ts
 *
 * then print it on a real printer (printer/README.md) and look at it before checking it in: the
 * encoder test compares every build's bytes with this file.
 */
import { writeFileSync } from 'node:fs';
import { encodeReceipt } from '../receipt-encoder.js';
import { danishReceipt } from '../test-receipts.js';

const file = new URL('./danish-receipt.bin', import.meta.url);
const bytes = encodeReceipt(danishReceipt);
writeFileSync(file, bytes);
console.warn(`Wrote ${bytes.length} bytes to ${file.pathname}`);
