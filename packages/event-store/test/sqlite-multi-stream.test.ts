import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteEventStore, WrongExpectedRevisionError } from '../src/index.js';
import { sampleEvents } from '../src/testing/index.js';

describe('SQLite: an append to several streams is all or nothing', () => {
  let store: SqliteEventStore;
  beforeEach(() => {
    store = new SqliteEventStore({ path: ':memory:' });
  });
  afterEach(() => store.close());

  it('stores every write in one transaction, each at its expected revision', async () => {
    await store.append('village-1', sampleEvents(1), 'no_stream');
    const results = await store.appendToStreams([
      { streamId: 'id-number-1', events: sampleEvents(1), expectedRevision: 'no_stream' },
      { streamId: 'village-1', events: sampleEvents(2), expectedRevision: 0 },
    ]);
    expect(results.map((r) => r.nextExpectedRevision)).toEqual([0, 2]);
    expect((await store.readAll()).map((e) => e.streamId)).toEqual([
      'village-1',
      'id-number-1',
      'village-1',
      'village-1',
    ]);
  });

  it('writes nothing on any stream when one write is refused, and the other appends of its group commit', async () => {
    await store.append('village-1', sampleEvents(1), 'no_stream');
    const [torn, other] = await Promise.allSettled([
      store.appendToStreams([
        { streamId: 'id-number-1', events: sampleEvents(1), expectedRevision: 'no_stream' },
        { streamId: 'village-1', events: sampleEvents(1), expectedRevision: 5 },
      ]),
      store.append('training-1', sampleEvents(1), 'no_stream'),
    ]);
    expect(torn.status).toBe('rejected');
    expect((torn as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevisionError);
    expect(other.status).toBe('fulfilled');
    expect(await store.readStream('id-number-1')).toEqual([]);
    expect((await store.readAll()).map((e) => e.streamId)).toEqual(['village-1', 'training-1']);
  });
});
