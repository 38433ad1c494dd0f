export * from './command-bus.js';
export type * from './command-metadata.js';
export * from './deterministic-uuid.js';
