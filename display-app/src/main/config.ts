import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { DisplayConfig } from '@dintur/shared';

/** The file name looked for in Electron's userData folder when no path is given. */
export const defaultConfigFileName = 'display.json';

/** The environment variable that names the config file when `--config` is not given. */
export const configEnvironmentVariable = 'DINTUR_DISPLAY_CONFIG';

/**
 * DisplayConfig as the shell reads it. In a plain browser an empty serverUrl means "this page's
 * origin", but the shell has no page of its own, so it needs a real address. Unknown keys are
 * reported because a misspelt `unitIDs` would otherwise be dropped and the display would
 * silently show every unit's calls.
 */
export const ShellDisplayConfig = DisplayConfig.extend({
  serverUrl: z.url({
    protocol: /^https?$/,
    error: (issue) =>
      issue.input === undefined || issue.input === ''
        ? 'a display needs a server: set the centre server\'s address, e.g. "http://server:8080"'
        : 'must be an http or https address, e.g. "http://server:8080"',
  }),
}).strict();

/** A config file that cannot be used, with every problem found in it. */
export class DisplayConfigError extends Error {
  override readonly name = 'DisplayConfigError';

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
  /** Then `DINTUR_DISPLAY_CONFIG`. */
  environment: Readonly<Record<string, string | undefined>>;
  /** Then `display.json` in Electron's userData folder. */
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
  if (!value || value.startsWith('--')) throw new DisplayConfigError('--config needs a file path: --config /path/to/display.json', '');
  return value;
}

/**
 * Reads and validates the display config file once, at start. Throws a DisplayConfigError whose
 * message names the file and lists every bad field, so a technician can fix them all at once.
 */
export async function readDisplayConfig(filePath: string): Promise<DisplayConfig> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    if (isMissingFile(error)) {
      throw new DisplayConfigError(
        `No display config at ${filePath}. Create it (see display-app/config.example.json), ` +
          `or name another file with --config <file> or ${configEnvironmentVariable}.`,
        filePath,
      );
    }
    throw new DisplayConfigError(`Cannot read the display config ${filePath}: ${errorMessage(error)}`, filePath);
  }
  return parseDisplayConfig(text, filePath);
}

/** Parses and validates the text of a config file; `filePath` is only used in messages. */
export function parseDisplayConfig(text: string, filePath: string): DisplayConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DisplayConfigError(`The display config ${filePath} is not valid JSON: ${errorMessage(error)}`, filePath);
  }
  const result = ShellDisplayConfig.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.flatMap(describeIssue);
  throw new DisplayConfigError(
    `The display config ${filePath} has ${problems.length} problem(s):\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
    filePath,
    problems,
  );
}

const knownFields = Object.keys(ShellDisplayConfig.shape).join(', ');

function describeIssue(issue: z.core.$ZodIssue): string[] {
  const where = issue.path.map(String).join('.') || '(root)';
  // Named by the field itself, so a misspelling reads like any other bad field.
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => `${key}: not a display setting (known: ${knownFields})`);
  return [`${where}: ${issue.message}`];
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
