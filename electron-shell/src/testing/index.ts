// For tests only (it imports vitest): the fake electron, and the start of a shell against it.
export * from './fake-electron.js';
export * from './shell-start.js';
