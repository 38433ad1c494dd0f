export * from './command-bus.js';
export * from './command-fingerprint.js';
export * from './command-follow-ups.js';
export type * from './command-metadata.js';
export * from './deterministic-uuid.js';
export * from './personal-data-sealing.js';
export * from './personal-key-vault.js';
export * from './verify-ledger-rules.js';
