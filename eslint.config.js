import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

// ---- Import rules: docs/ARCHITECTURE.md ("Packages", "The server in three layers") as lint. ----
// ESLint keeps only the last options of a rule for a file, so each area below gets its whole list
// of bans in one entry, and the areas of one package do not overlap.
const ban = (group, message, more = {}) => ({ group, message, ...more });
const noRestrictedImports = (patterns, paths = []) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns, paths }] });

// The centre server's layers. `others` is every folder of server/src that is not a layer.
const serverLayerDirs = ['data', 'engine', 'http', 'planning'];
const engineInternals = ['**/engine/*', '**/engine/**/*', '!**/engine/index.js', '!**/engine/engine.js', '!**/engine/errors.js'];
const throughFacade = ban(engineInternals, 'outside the engine, use its public modules: engine/index.ts (the facade), engine.ts, errors.ts');
const noHub = ban(['@dintur/city', '@dintur/city/*', '**/city/src/**'], 'a centre talks to the hub over HTTP only');
const noHttp = (who) => ban(['express', '**/http/*', '**/http/**/*'], `${who} knows no HTTP (routes live in http/)`);
// Nothing outside data/ reaches a database handle (`db.…`, `….db.…`; whoever opened the connection
// closes it) or prepares, runs or configures a statement. Tests beside the code may read the file they check.
const sqlSelectors = [
  { selector: "MemberExpression[object.name='db'][property.name!='close']", message: 'SQL lives in data/ (a repository or data/transaction.ts)' },
  { selector: "MemberExpression[object.property.name='db'][property.name!='close']", message: 'SQL lives in data/ (a repository or data/transaction.ts)' },
  {
    selector: "CallExpression[callee.property.name=/^(prepare|pragma)$/]:not([callee.object.name='db']):not([callee.object.property.name='db'])",
    message: 'SQL lives in data/',
  },
  {
    selector: "CallExpression[callee.property.name='exec'][arguments.0.type=/^(Literal|TemplateLiteral)$/]:not([callee.object.name='db']):not([callee.object.property.name='db'])",
    message: 'SQL lives in data/',
  },
];
// The engine spells no request field path ('body.kind': throw an InputError naming 'kind') and no
// address ('/api/…', '/t/…', '/book…', '/staff…': @dintur/shared's operation map and pageAddresses).
const pathMessage = "no request paths or addresses in the engine: InputError names the field in the engine's input; addresses come from @dintur/shared (pageAddresses)";
// (esquery's regular expressions cannot hold a '/': \x2F is one.)
const pathSelectors = [
  { selector: 'Literal[value=/^(body|query|params)\\./]', message: pathMessage },
  { selector: 'TemplateElement[value.raw=/^(body|query|params)\\./]', message: pathMessage },
  { selector: 'Literal[value=/^\\x2F(api|t|book|staff)(\\x2F|\\?|$)/]', message: pathMessage },
  { selector: 'TemplateElement[value.raw=/\\x2F(api|t|book|staff)(\\x2F|\\?|$)/]', message: pathMessage },
];
const serverLayers = [
  {
    files: ['server/src/data/**'],
    rules: noRestrictedImports([noHub, ban(['../*', '../**/*', 'express'], 'data/ is the only SQL and imports nothing of the server above it')]),
  },
  {
    files: ['server/src/engine/**'],
    rules: noRestrictedImports([
      noHub,
      noHttp('the engine'),
      ban(['**/planning/*', '**/planning/**/*', '**/city/*', '**/printing/*'], 'the engine is called by planning/, city/ and printing/, never the other way'),
      ban(['better-sqlite3'], 'the engine does no SQL: repositories and transactions live in data/', { allowTypeImports: true }),
    ]),
  },
  {
    files: ['server/src/http/**'],
    rules: noRestrictedImports([noHub, throughFacade, ban(['**/data/*', '**/data/**/*', 'better-sqlite3'], 'routes call the engine, never data/')]),
  },
  {
    files: ['server/src/planning/**'],
    rules: noRestrictedImports([noHub, throughFacade, noHttp('planning/')]),
  },
  {
    files: ['server/src/**'],
    ignores: serverLayerDirs.map((dir) => `server/src/${dir}/**`),
    rules: noRestrictedImports([noHub, throughFacade]),
  },
  // No SQL outside data/, and no request path or page address in the engine (see sqlSelectors, pathSelectors).
  { files: ['server/src/**'], ignores: ['server/src/data/**', 'server/src/engine/**', '**/*.test.ts'], rules: { 'no-restricted-syntax': ['error', ...sqlSelectors] } },
  { files: ['server/src/engine/**'], ignores: ['**/*.test.ts'], rules: { 'no-restricted-syntax': ['error', ...sqlSelectors, ...pathSelectors] } },
];

// The apps: @dintur/shared, the shared web package and their own code; never another package's files.
const packageFiles = ['shared', 'server', 'city', 'printer', 'electron-shell', 'web', 'kiosk-app', 'display-app', 'staff-app', 'citizen-web', 'city-web'].map(
  (name) => `**/${name}/src/**`,
);
const onlyPackages = (allowed) =>
  ban(['@dintur/*', '@dintur/*/**', ...allowed.flatMap((name) => [`!@dintur/${name}`, `!@dintur/${name}/**`]), ...packageFiles], `this code imports only ${allowed.map((name) => `@dintur/${name}`).join(', ')} and its own files`);
const nodeOnly = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const rendererBans = (sibling) => [
  onlyPackages(['shared', 'web']),
  ban(['**/main/*', '**/main/**/*', '**/preload/*', '**/preload/**/*', 'electron'], `the renderer runs in Chromium: it reaches the shell only through window.${sibling}`),
];
const rendererPaths = nodeOnly.map((name) => ({ name, message: 'the renderer runs in Chromium: no Node modules' }));
const electronApps = [
  ['kiosk-app', 'dinturKiosk', ['shared', 'printer', 'electron-shell']],
  ['display-app', 'dinturDisplay', ['shared', 'electron-shell']],
];
const appRules = [
  ...electronApps.flatMap(([app, bridge, mainPackages]) => [
    { files: [`${app}/src/main/**`], rules: noRestrictedImports([onlyPackages(mainPackages), ban(['**/renderer/*', '**/renderer/**/*', '**/preload/*', '**/preload/**/*'], 'main, preload and renderer are separate bundles: main imports neither')]) },
    {
      files: [`${app}/src/preload/**`],
      rules: noRestrictedImports(
        [onlyPackages(['shared']), ban(['**/main/*', '**/main/**/*', '**/renderer/*', '**/renderer/**/*'], 'the preload is its own bundle'), ban(['node:*'], 'the preload only bridges (contextBridge, ipcRenderer)')],
        [{ name: 'electron', allowImportNames: ['contextBridge', 'ipcRenderer', 'IpcRendererEvent'], message: 'the preload uses only contextBridge and ipcRenderer' }],
      ),
    },
    { files: [`${app}/src/renderer/**`], ignores: ['**/*.test.ts', '**/*.test.tsx'], rules: noRestrictedImports(rendererBans(bridge), rendererPaths) },
    { files: [`${app}/src/renderer/**/*.test.ts`, `${app}/src/renderer/**/*.test.tsx`], rules: noRestrictedImports(rendererBans(bridge)) },
  ]),
  ...['staff-app', 'citizen-web', 'city-web'].map((app) => ({
    files: [`${app}/src/**`],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: noRestrictedImports([onlyPackages(['shared', 'web'])], rendererPaths),
  })),
  ...['staff-app', 'citizen-web', 'city-web'].map((app) => ({
    files: [`${app}/src/**/*.test.ts`, `${app}/src/**/*.test.tsx`],
    rules: noRestrictedImports([onlyPackages(['shared', 'web'])]),
  })),
  {
    files: ['kiosk-app/src/renderer/**', 'display-app/src/renderer/**', 'staff-app/src/**', 'citizen-web/src/**', 'city-web/src/**', 'web/src/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
];

// Tests use the server as its users do: through @dintur/server and the subpaths its package.json exports.
const testRules = [
  {
    files: ['tests/**'],
    rules: noRestrictedImports([ban(['**/server/src/*', '**/server/src/**/*', '@dintur/server/src/**'], 'tests import the server only through @dintur/server and its exported subpaths (server/package.json)')]),
  },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '/data/**', 'tests/simulation/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['display-app/src/renderer/**', 'kiosk-app/src/renderer/**', 'staff-app/src/**', 'citizen-web/src/**', 'city-web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.test.ts', 'tests/**', 'server/src/main.ts', 'city/src/main.ts', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
  // The city hub's layers (docs/ARCHITECTURE.md, "The city"): routes → services → data, and the
  // hub shares code with centres only through @dintur/shared.
  ...[
    { files: ['city/src/**'], ban: [] },
    { files: ['city/src/data/**'], ban: [[['**/services/*', '**/http/*', 'express'], 'data/ is the only SQL and knows nothing of the layers above it']] },
    { files: ['city/src/services/**'], ban: [[['**/http/*', 'express', 'pg', '@electric-sql/*'], 'services/ hold the rules: no HTTP, no database driver (SQL goes through data/)']] },
    {
      files: ['city/src/http/**'],
      ban: [
        [['**/data/*'], 'routes call services, never data/ (type imports aside)', true],
        [['pg', '@electric-sql/*'], 'routes do not talk to the database'],
      ],
    },
  ].map(({ files, ban }) => ({
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@dintur/server', '@dintur/server/*', '**/server/src/**'], message: 'the hub shares code with centres only through @dintur/shared' },
            ...ban.map(([group, message, allowTypeImports = false]) => ({ group, message, allowTypeImports })),
          ],
        },
      ],
    },
  })),
  ...serverLayers,
  ...appRules,
  ...testRules,
  {
    files: ['shared/src/**'],
    ignores: ['shared/src/passwords.ts', 'shared/src/passwords.test.ts', 'shared/src/booking-keys.ts', 'shared/src/booking-keys.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'shared/ runs in browsers too (Node-only code: shared/src/passwords.ts, booking-keys.ts)' }, { group: ['@dintur/*'], message: 'shared/ imports no other package' }] },
      ],
    },
  },
);
