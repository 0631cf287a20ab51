/**
 * SMS to citizens: the GSM alphabet, the texts of every message in every language, where a message
 * says the citizen is to go (never a sensitive service's name), the call to an HTTP gateway, and
 * the retry schedule. Browser-safe (global fetch only), so the hub can use it too.
 */
export * from './gsm.js';
export * from './texts.js';
export * from './messages.js';
export * from './place.js';
export * from './gateway.js';
export * from './backoff.js';
export { internationalPhone, phoneKey } from '../appointments.js';
export * from './settings.js';
