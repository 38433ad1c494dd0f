import { describe, expect, it } from 'vitest';
import { runCrashSuite } from '../reliability/crash-suite.js';

/**
 * The crash suite in small (`pnpm test:reliability` runs it with 50 kills): a gateway in a child process
 * SIGKILLed five times under concurrent writers, once during a rebuild, its event files copied mid-write.
 */
describe('crash smoke run: five SIGKILLs under concurrent writers', () => {
  it('loses no acknowledged command, doubles none, breaks no rule, and leaves read models equal to a rebuild', async () => {
    const figures = await runCrashSuite({ kills: 5, rebuildEvery: 3, copyEvery: 2, maxWindowMs: 1200 });
    expect(figures.violations).toEqual([]);
    expect(figures.kills).toBe(5);
    expect(figures.rebuildsKilled + figures.rebuildsCompleted).toBe(1);
    expect(figures.copiesVerified).toBe(2);
    // the setup alone is 31 commands: the writers wrote between the kills
    expect(figures.acknowledged).toBeGreaterThan(40);
    // a kill takes the answers of the commands in flight: they are sent again after the restart
    expect(figures.retried).toBeGreaterThan(0);
    expect(figures.duplicateResends).toBeGreaterThan(0);
  }, 300_000);
});
