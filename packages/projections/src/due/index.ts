export * from './calendar-days.js';
export * from './due-facts.js';
export * from './due-items.js';
export * from './due-queries.js';
export * from './due-states-projection.js';
export * from './reminders-projection.js';
