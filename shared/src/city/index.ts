export * from './event-details.js';
export * from './shipping.js';
export * from './city-schemas.js';
export * from './city-operations.js';
export * from './centre-link.js';
export * from './city-booking.js';
