import { z } from 'zod';
import { DisplayConfig } from '@dintur/shared';
import { createConfigFile, ShellConfigError, type ConfigPathSources } from '@dintur/electron-shell/config';

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

const configFile = createConfigFile({
  appName: 'display',
  fileName: defaultConfigFileName,
  environmentVariable: configEnvironmentVariable,
  examplePath: 'display-app/config.example.json',
  schema: ShellDisplayConfig,
});

/** A display config file that cannot be used, with every problem found in it. */
export const DisplayConfigError = ShellConfigError;
export type DisplayConfigError = ShellConfigError;
export type { ConfigPathSources };

/** Finds the config file to read: `--config`, else `DINTUR_DISPLAY_CONFIG`, else `display.json` in userData. */
export const resolveConfigPath = (sources: ConfigPathSources): string => configFile.resolvePath(sources);

/** Reads and validates the display config file once, at start, listing every bad field. */
export const readDisplayConfig = (filePath: string): Promise<DisplayConfig> => configFile.read(filePath);
