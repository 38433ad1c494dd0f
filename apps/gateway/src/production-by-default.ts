/**
 * The gateway runs in production mode unless told otherwise (`NODE_ENV=development`). graphql-js reads
 * NODE_ENV once, when it loads, and runs its development checks on every value otherwise: main.ts imports
 * this module before anything that loads graphql-js.
 */
if (!process.env.NODE_ENV) process.env.NODE_ENV = 'production';
