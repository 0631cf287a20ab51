import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';

/** A config file that cannot be used, with every problem found in it. */
export class ShellConfigError extends Error {
  override readonly name = 'ShellConfigError';

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
  /** Then the app's environment variable (`DINTUR_KIOSK_CONFIG`, `DINTUR_DISPLAY_CONFIG`). */
  environment: Readonly<Record<string, string | undefined>>;
  /** Then the app's file (`kiosk.json`, `display.json`) in Electron's userData folder. */
  userDataPath: string;
};

export type ConfigFileOptions<Schema extends z.ZodObject> = {
  /** "kiosk" or "display", as messages name the app. */
  appName: string;
  /** The file looked for in Electron's userData folder when no path is given. */
  fileName: string;
  /** The environment variable that names the file when `--config` is not given. */
  environmentVariable: string;
  /** Where an example file is, for the message when there is none. */
  examplePath: string;
  /** The config as the shell reads it: strict, so a misspelt key is reported, not dropped. */
  schema: Schema;
};

/**
 * The config file of an Electron shell: found from `--config`, the environment or userData, read
 * once at start, and validated with every problem listed, so a technician can fix them all at once.
 */
export function createConfigFile<Schema extends z.ZodObject>(options: ConfigFileOptions<Schema>) {
  const { appName, schema } = options;
  const knownFields = Object.keys(schema.shape).join(', ');

  const describeIssue = (issue: z.core.$ZodIssue): string[] => {
    const where = issue.path.map(String).join('.') || '(root)';
    // Named by the field itself, so a misspelling reads like any other bad field.
    if (issue.code === 'unrecognized_keys') {
      const prefix = issue.path.length > 0 ? `${where}.` : '';
      return issue.keys.map((key) => `${prefix}${key}: not a ${appName} setting${issue.path.length === 0 ? ` (known: ${knownFields})` : ''}`);
    }
    return [`${where}: ${issue.message}`];
  };

  const requireValue = (value: string | undefined): string => {
    // A bare `--config` would otherwise fall through to the default file and hide the mistake.
    if (!value || value.startsWith('--')) {
      throw new ShellConfigError(`--config needs a file path: --config /path/to/${options.fileName}`, '');
    }
    return value;
  };

  const configArgument = (argv: readonly string[]): string | undefined => {
    for (const [index, argument] of argv.entries()) {
      if (argument.startsWith('--config=')) return requireValue(argument.slice('--config='.length));
      if (argument === '--config') return requireValue(argv[index + 1]);
    }
    return undefined;
  };

  /** Parses and validates the text of a config file; `filePath` is only used in messages. */
  const parse = (text: string, filePath: string): z.infer<Schema> => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new ShellConfigError(`The ${appName} config ${filePath} is not valid JSON: ${errorMessage(error)}`, filePath);
    }
    const result = schema.safeParse(json);
    if (result.success) return result.data;
    const problems = result.error.issues.flatMap(describeIssue);
    throw new ShellConfigError(
      `The ${appName} config ${filePath} has ${problems.length} problem(s):\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
      filePath,
      problems,
    );
  };

  return {
    /** Finds the config file to read: `--config`, else the environment variable, else userData. */
    resolvePath(sources: ConfigPathSources): string {
      const fromArguments = configArgument(sources.argv);
      if (fromArguments !== undefined) return path.resolve(fromArguments);
      const fromEnvironment = sources.environment[options.environmentVariable];
      if (fromEnvironment) return path.resolve(fromEnvironment);
      return path.join(sources.userDataPath, options.fileName);
    },

    /** Reads and validates the config file; throws a ShellConfigError naming the file and every problem. */
    async read(filePath: string): Promise<z.infer<Schema>> {
      let text: string;
      try {
        text = await readFile(filePath, 'utf8');
      } catch (error) {
        if (isMissingFile(error)) {
          throw new ShellConfigError(
            `No ${appName} config at ${filePath}. Create it (see ${options.examplePath}), ` +
              `or name another file with --config <file> or ${options.environmentVariable}.`,
            filePath,
          );
        }
        throw new ShellConfigError(`Cannot read the ${appName} config ${filePath}: ${errorMessage(error)}`, filePath);
      }
      return parse(text, filePath);
    },

    parse,
  };
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
