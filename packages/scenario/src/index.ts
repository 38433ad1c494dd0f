export * from './id-numbers.js';
export * from './scenario-writer.js';
export * from './zhouwang/load-zhouwang.js';
export * from './zhouwang/people.js';
export * from './zhouwang/town.js';
