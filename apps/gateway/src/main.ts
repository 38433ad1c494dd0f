#!/usr/bin/env node
// first: before anything loads graphql-js
import './production-by-default.js';
import { runCli } from './cli/run-cli.js';

runCli(process.argv.slice(2)).then(
  (code) => {
    if (code !== undefined) process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
