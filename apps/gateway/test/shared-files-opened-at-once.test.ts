import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startThread } from '@cadre/projections';
import { afterEach, describe, expect, it } from 'vitest';

const THREADS = 4;
const ROUNDS = 60;

/**
 * Every gateway of a ledger opens the shared files (accounts, persons' keys); two starting together once
 * failed with SQLITE_BUSY (the processes bench, 2026-12-04): SQLite refuses at once the one of two new
 * openers that would deadlock. Threads of one process meet the same locks as processes do.
 */
describe('the shared files, opened by several gateways at the same moment', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it(`are set up by every one of ${THREADS} openers, in each of ${ROUNDS} new files`, async () => {
    dir = mkdtempSync(join(tmpdir(), 'cadre-shared-files-'));
    const gate = new Int32Array(new SharedArrayBuffer(4 * ROUNDS));
    const outcomes = await Promise.all(
      Array.from(
        { length: THREADS },
        () =>
          new Promise<string[]>((resolve, reject) => {
            const thread = startThread(new URL('./fixtures/open-shared-files-at-once.ts', import.meta.url), {
              workerData: {
                dir,
                threads: THREADS,
                rounds: ROUNDS,
                gate,
              },
            });
            thread.once('message', resolve);
            thread.once('error', reject);
          }),
      ),
    );
    const failures = outcomes.flat().filter((outcome) => outcome !== 'ok');
    expect(failures).toEqual([]);
    expect(outcomes.flat()).toHaveLength(THREADS * ROUNDS);
  });
});
