export * from './export-events.js';
export * from './exported-event.js';
export * from './import-events.js';
export * from './verify-transfer.js';
