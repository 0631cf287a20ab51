import { z } from 'zod';
import { KioskConfig } from '@dintur/shared';
import { createConfigFile, ShellConfigError, type ConfigPathSources } from '@dintur/electron-shell/config';

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

const configFile = createConfigFile({
  appName: 'kiosk',
  fileName: defaultConfigFileName,
  environmentVariable: configEnvironmentVariable,
  examplePath: 'kiosk-app/config.example.json',
  schema: ShellKioskConfig,
});

/** A kiosk config file that cannot be used, with every problem found in it. */
export const KioskConfigError = ShellConfigError;
export type KioskConfigError = ShellConfigError;
export type { ConfigPathSources };

/** Finds the config file to read: `--config`, else `DINTUR_KIOSK_CONFIG`, else `kiosk.json` in userData. */
export const resolveConfigPath = (sources: ConfigPathSources): string => configFile.resolvePath(sources);

/** Reads and validates the kiosk config file once, at start, listing every bad field. */
export const readKioskConfig = (filePath: string): Promise<KioskConfig> => configFile.read(filePath);
