export * from './admonishments-due.js';
export * from './board-places.js';
export * from './pledge-board.js';
export * from './reserve-pool.js';
export * from './training-coverage.js';
