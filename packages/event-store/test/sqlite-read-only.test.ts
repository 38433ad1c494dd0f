import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteEventStore } from '../src/index.js';
import { sampleEvents } from '../src/testing/sample-events.js';

describe('an SQLite store opened read only', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cadre-read-only-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reads what another connection wrote, refuses appends and leaves the file as it was', async () => {
    const path = join(folder, 'events.sqlite');
    const writer = new SqliteEventStore({ path });
    await writer.append('thing-1', sampleEvents(3), 'no_stream');
    await writer.close();
    const before = readFileSync(path);

    const reader = new SqliteEventStore({ path, readonly: true });
    expect((await reader.readAll()).map((event) => event.revision)).toEqual([0, 1, 2]);
    expect(await reader.headPosition()).toBe(3n);
    await expect(reader.append('thing-1', sampleEvents(1), 2)).rejects.toThrow();
    await reader.close();
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('does not create a store that is not there', () => {
    const missing = join(folder, 'missing.sqlite');
    expect(() => new SqliteEventStore({ path: missing, readonly: true })).toThrow();
    expect(existsSync(missing)).toBe(false);
  });
});
