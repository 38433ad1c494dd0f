import { defineConfig } from 'vitest/config';
import { testReporters, workspaceAliases } from '../../vitest.shared.ts';

export default defineConfig({
  resolve: { alias: workspaceAliases() },
  test: { include: ['test/**/*.test.ts'], reporters: testReporters, testTimeout: 20_000 },
});
