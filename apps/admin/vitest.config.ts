import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';
import { DATA_LOADING_HOOK_TIMEOUT, testReporters, workspaceAliases } from '../../vitest.shared.ts';

export default defineConfig({
  plugins: [vue()],
  resolve: { alias: workspaceAliases() },
  test: {
    include: ['test/**/*.test.ts'],
    reporters: testReporters,
    testTimeout: 60_000,
    hookTimeout: DATA_LOADING_HOOK_TIMEOUT,
    fileParallelism: false,
  },
});
