#!/usr/bin/env node
// Runs every bench/*.bench.ts of the package it is started in, one after another (`pnpm bench` runs each
// package in turn). BENCH_ONLY=<part of a file name> runs the matching ones only.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

// The V8 flags the gateway starts with (apps/gateway/node-flags, read by its start script): the benches
// measure the process as it runs in production.
const gatewayNodeFlags = readFileSync(new URL('../apps/gateway/node-flags', import.meta.url), 'utf8')
  .split(/\s+/)
  .filter(Boolean);

const only = process.env.BENCH_ONLY;
const files = readdirSync('bench')
  .filter((name) => name.endsWith('.bench.ts') && (!only || name.includes(only)))
  .sort();
for (const file of files) {
  console.log(`==> bench/${file}`);
  execFileSync(
    process.execPath,
    [...gatewayNodeFlags, '--conditions=source', '--import', 'tsx', `bench/${file}`],
    {
      stdio: 'inherit',
      env: { NODE_ENV: 'production', ...process.env },
    },
  );
}
