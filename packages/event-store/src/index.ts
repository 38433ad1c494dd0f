export * from './errors.js';
export * from './hash-chain.js';
export * from './polling-subscription.js';
export type * from './port.js';
export * from './sqlite/sqlite-event-store.js';
export * from './stream-name.js';
