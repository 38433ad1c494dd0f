export * from './benchmark-report.js';
export * from './contract.js';
export * from './esdb-protocol-double/index.js';
export * from './sample-events.js';
