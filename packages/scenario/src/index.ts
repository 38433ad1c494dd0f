export * from './bench/direct-command-runner.js';
export * from './bench/generate-large-town.js';
export * from './id-numbers.js';
export * from './scenario-writer.js';
export * from './zhouwang/load-zhouwang.js';
export * from './zhouwang/people.js';
export * from './zhouwang/report-calendar.js';
export * from './zhouwang/town.js';
