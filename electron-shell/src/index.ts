// What the kiosk's and the display's main processes share that needs Electron, bundled into each
// shell's main. Separate entries keep the rest importable without Electron or out of bundles:
// ./config (the config file: Node and zod only, so its tests need no fake electron), ./vite (the
// builds) and ./testing (the fake electron, for tests only).
export * from './recovery.js';
export * from './security.js';
export * from './shell.js';
export * from './window.js';
