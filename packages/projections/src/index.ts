export * from './all-projections.js';
export * from './cadre-roster/cadre-roster-projection.js';
export * from './cadre-roster/cadre-roster-queries.js';
export * from './pagination.js';
export type * from './projection.js';
export * from './projection-runner.js';
export * from './read-model-database.js';
