export * from './id-numbers.js';
export * from './zhouwang.js';
