import { defineConfig } from 'vitest/config';
import { DATA_LOADING_HOOK_TIMEOUT, testReporters, workspaceAliases } from '../../vitest.shared.ts';

export default defineConfig({
  resolve: { alias: workspaceAliases() },
  test: { include: ['test/**/*.test.ts'], reporters: testReporters, hookTimeout: DATA_LOADING_HOOK_TIMEOUT },
});
