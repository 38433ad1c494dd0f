export * from './contract.js';
export * from './sample-events.js';
