import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { KioskConfig } from '@dintur/shared';

/** The file name looked for in Electron's userData folder when no path is given. */
export const defaultConfigFileName = 'kiosk.json';

/** The environment variable that names the config file when `--config` is not given. */
export const configEnvironmentVariable = 'DINTUR_KIOSK_CONFIG';

/**
 * KioskConfig as the shell reads it. In a plain browser an empty serverUrl means "this page's
 * origin", but the shell loads the page from disk and has no origin, so it needs a real address.
 * Unknown keys are reported: a misspelt `printr` would otherwise be dropped, and the kiosk would
 * silently print nothing.
 */
export const ShellKioskConfig = KioskConfig.extend({
  serverUrl: z.url({
    protocol: /^https?$/,
    error: (issue) =>
      issue.input === undefined || issue.input === ''
        ? 'a kiosk needs a server: set the centre server\'s address, e.g. "http://server:8080"'
        : 'must be an http or https address, e.g. "http://server:8080"',
  }),
}).strict();

/** A config file that cannot be used, with every problem found in it. */
export class KioskConfigError extends Error {
  override readonly name = 'KioskConfigError';

  constructor(
    message: string,
    /** The config file concerned (absolute). */
    readonly filePath: string,
    /** One line per bad field, as `path: message`. */
    readonly problems: readonly string[] = [],
  ) {
    super(message);
  }
}

/** Where the config path may come from, in order of precedence. */
export type ConfigPathSources = {
  /** The process arguments; `--config <file>` or `--config=<file>` wins. */
  argv: readonly string[];
  /** Then `DINTUR_KIOSK_CONFIG`. */
  environment: Readonly<Record<string, string | undefined>>;
  /** Then `kiosk.json` in Electron's userData folder. */
  userDataPath: string;
};

/** Finds the config file to read: `--config`, else the environment variable, else userData. */
export function resolveConfigPath(sources: ConfigPathSources): string {
  const fromArguments = configArgument(sources.argv);
  if (fromArguments !== undefined) return path.resolve(fromArguments);
  const fromEnvironment = sources.environment[configEnvironmentVariable];
  if (fromEnvironment) return path.resolve(fromEnvironment);
  return path.join(sources.userDataPath, defaultConfigFileName);
}

function configArgument(argv: readonly string[]): string | undefined {
  for (const [index, argument] of argv.entries()) {
    if (argument.startsWith('--config=')) return requireValue(argument.slice('--config='.length));
    if (argument === '--config') return requireValue(argv[index + 1]);
  }
  return undefined;
}

function requireValue(value: string | undefined): string {
  // A bare `--config` would otherwise fall through to the default file and hide the mistake.
  if (!value || value.startsWith('--')) throw new KioskConfigError('--config needs a file path: --config /path/to/kiosk.json', '');
  return value;
}

/**
 * Reads and validates the kiosk config file once, at start. Throws a KioskConfigError whose
 * message names the file and lists every bad field, so a technician can fix them all at once.
 */
export async function readKioskConfig(filePath: string): Promise<KioskConfig> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    if (isMissingFile(error)) {
      throw new KioskConfigError(
        `No kiosk config at ${filePath}. Create it (see kiosk-app/config.example.json), ` +
          `or name another file with --config <file> or ${configEnvironmentVariable}.`,
        filePath,
      );
    }
    throw new KioskConfigError(`Cannot read the kiosk config ${filePath}: ${errorMessage(error)}`, filePath);
  }
  return parseKioskConfig(text, filePath);
}

/** Parses and validates the text of a config file; `filePath` is only used in messages. */
export function parseKioskConfig(text: string, filePath: string): KioskConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new KioskConfigError(`The kiosk config ${filePath} is not valid JSON: ${errorMessage(error)}`, filePath);
  }
  const result = ShellKioskConfig.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.flatMap(describeIssue);
  throw new KioskConfigError(
    `The kiosk config ${filePath} has ${problems.length} problem(s):\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
    filePath,
    problems,
  );
}

const knownFields = Object.keys(ShellKioskConfig.shape).join(', ');

function describeIssue(issue: z.core.$ZodIssue): string[] {
  const where = issue.path.map(String).join('.') || '(root)';
  // Named by the field itself, so a misspelling reads like any other bad field.
  if (issue.code === 'unrecognized_keys') {
    const prefix = issue.path.length > 0 ? `${where}.` : '';
    return issue.keys.map((key) => `${prefix}${key}: not a kiosk setting${issue.path.length === 0 ? ` (known: ${knownFields})` : ''}`);
  }
  return [`${where}: ${issue.message}`];
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
