export * from './config.js';
export * from './graphql/apollo.js';
export * from './http/http-server.js';
export * from './system.js';
