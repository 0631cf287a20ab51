import { randomInt } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * What the demo keeps between runs in `<baseDir>/keys.json` (mode 0600): the admin password of
 * every server of the demo, and each centre's key at the hub (the hub shows a key only once).
 */
const DemoState = z.object({
  adminPassword: z.string().min(10),
  /** Where the password came from on the first run. */
  passwordSource: z.enum(['generated', 'environment']),
  keys: z.record(z.string(), z.string()),
});
export type DemoState = z.infer<typeof DemoState>;

export const stateFileName = 'keys.json';

export type StateFile = {
  file: string;
  state: DemoState;
  /** How the password was chosen for this run: a new one (first run), or the one kept from before. */
  password: 'generated' | 'environment' | 'as before';
  /** Writes the state again (after a key was added), readable by its owner only. */
  save(): void;
};

/**
 * Reads the demo's state, or starts one: the password is `DINTUR_ADMIN_PASSWORD` or a generated
 * one. A password kept from an earlier run wins over the environment, because the accounts of
 * the hub and the centres were created with it.
 */
export function openStateFile(baseDir: string, environmentPassword: string | undefined, warn: (line: string) => void): StateFile {
  const file = path.join(baseDir, stateFileName);
  let state: DemoState;
  let password: StateFile['password'];
  if (existsSync(file)) {
    const parsed = DemoState.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file} is not the demo's state file (delete ${baseDir} to start over): ${parsed.error.message}`);
    state = parsed.data;
    password = 'as before';
    if (environmentPassword !== undefined && environmentPassword !== state.adminPassword) {
      warn(`DINTUR_ADMIN_PASSWORD is not used: the demo's accounts were made with the password kept in ${file} (delete ${baseDir} to start over with yours).`);
    }
  } else {
    password = environmentPassword === undefined ? 'generated' : 'environment';
    state = { adminPassword: environmentPassword ?? generatePassword(), passwordSource: password, keys: {} };
  }
  const handle: StateFile = {
    file,
    state,
    password,
    save() {
      mkdirSync(baseDir, { recursive: true });
      // Written whole, then renamed: a run stopped half-way never leaves half a file.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
      chmodSync(temporary, 0o600);
      renameSync(temporary, file);
    },
  };
  handle.save();
  return handle;
}

/** 16 characters a person can type: letters and digits without look-alikes. */
function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]).join('');
}
