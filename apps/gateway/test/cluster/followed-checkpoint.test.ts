import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openReadModelDatabase, type ReadModelDatabase } from '@cadre/projections';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FollowedCheckpoint } from '../../src/cluster/followed-checkpoint.js';
import { openReadModelsReadOnly } from '../../src/cluster/reader-wiring.js';

/**
 * A reader reads the writer's checkpoint from the file only when the file changed, yet never answers an
 * older one: each commit of the writer shows on the reader's next call, without any message from it.
 */
describe('a reader’s followed checkpoint', () => {
  let dir: string;
  let writer: ReadModelDatabase;
  let reader: ReadModelDatabase;
  let followed: FollowedCheckpoint;
  const noMessages = { onCheckpoint: () => () => {} };
  const commit = (position: number) =>
    writer
      .prepare(
        'INSERT OR REPLACE INTO projection_checkpoints (projection, version, position) VALUES (?, 1, ?)',
      )
      .run('cadres', String(position));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cadre-followed-checkpoint-'));
    writer = openReadModelDatabase(join(dir, 'read-models.sqlite'));
    commit(10);
    reader = openReadModelsReadOnly(join(dir, 'read-models.sqlite'));
    followed = new FollowedCheckpoint(reader, noMessages);
  });
  afterEach(async () => {
    await followed.stop();
    reader.close();
    writer.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows each commit of the writer on the next call, and the same one while the file is unchanged', () => {
    expect(followed.checkpoint).toBe(10n);
    expect(followed.checkpoint).toBe(10n);
    commit(11);
    expect(followed.checkpoint).toBe(11n);
    for (let position = 12; position < 40; position++) {
      commit(position);
      expect(followed.checkpoint).toBe(BigInt(position));
    }
    writer
      .prepare('INSERT INTO projection_checkpoints (projection, version, position) VALUES (?, 1, ?)')
      .run('trainings', '7');
    expect(followed.checkpoint).toBe(7n);
  });

  it('releases a waiter once the file shows its position, even with no message from the writer', async () => {
    const waited = followed.waitFor(12n);
    commit(12);
    await waited;
    expect(followed.checkpoint).toBe(12n);
  });
});
