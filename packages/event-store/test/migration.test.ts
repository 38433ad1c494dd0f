import { describe, expect, it } from 'vitest';
import {
  EsdbEventStore,
  exportEvents,
  importEvents,
  SqliteEventStore,
  verifyTransfer,
} from '../src/index.js';
import { sampleEvents, startEsdbProtocolDouble } from '../src/testing/index.js';

async function* linesOf(lines: string[]) {
  for (const line of lines) yield line;
}

async function sourceWithHistory() {
  const clock = { now: new Date('2024-01-01T00:00:00Z') };
  const source = new SqliteEventStore({ path: ':memory:', now: () => clock.now });
  for (let round = 0; round < 3; round++) {
    for (const stream of ['cadre-1', 'cadre-2', 'village-1']) {
      await source.append(stream, sampleEvents(2), round === 0 ? 'no_stream' : round * 2 - 1);
    }
    clock.now = new Date(clock.now.getTime() + 86_400_000);
  }
  return source;
}

describe('moving events to another store (export, import, verify)', () => {
  it('exports every event in order and imports them keeping ids, order, metadata, chains and recorded time', async () => {
    const source = await sourceWithHistory();
    const lines: string[] = [];
    const progress: number[] = [];
    const exported = await exportEvents(
      source,
      (line) => {
        lines.push(line);
      },
      (p) => progress.push(p.events),
    );
    expect(exported.events).toBe(18);
    expect(progress[progress.length - 1]).toBe(18);

    const target = new SqliteEventStore({ path: ':memory:', now: () => new Date('2026-11-25T00:00:00Z') });
    await importEvents(target, linesOf(lines));
    const [before, after] = [await source.readAll(), await target.readAll()];
    expect(after.map((e) => [e.id, e.streamId, e.revision, e.type])).toEqual(
      before.map((e) => [e.id, e.streamId, e.revision, e.type]),
    );
    expect(after.map((e) => e.recordedAt)).toEqual(before.map((e) => e.recordedAt));
    expect(after.map((e) => e.metadata.hash)).toEqual(before.map((e) => e.metadata.hash));
    expect(await verifyTransfer(source, target)).toMatchObject({
      ok: true,
      sourceEvents: 18,
      targetEvents: 18,
      mismatchedStreams: [],
    });
  });

  it('can be re-run after an interruption without writing anything twice', async () => {
    const source = await sourceWithHistory();
    const lines: string[] = [];
    await exportEvents(source, (line) => {
      lines.push(line);
    });
    const target = new SqliteEventStore({ path: ':memory:' });
    await importEvents(target, linesOf(lines.slice(0, 7)));
    expect((await verifyTransfer(source, target)).ok).toBe(false);
    await importEvents(target, linesOf(lines));
    await importEvents(target, linesOf(lines));
    expect(await verifyTransfer(source, target)).toMatchObject({ ok: true, targetEvents: 18 });
  });

  it('moves a township up from SQLite to EventStoreDB (through the real client, against the protocol double)', async () => {
    const source = await sourceWithHistory();
    const lines: string[] = [];
    await exportEvents(source, (line) => {
      lines.push(line);
    });
    const server = await startEsdbProtocolDouble();
    const target = new EsdbEventStore({ connectionString: server.connectionString });
    try {
      await importEvents(target, linesOf(lines));
      await importEvents(target, linesOf(lines));
      expect(await verifyTransfer(source, target)).toMatchObject({ ok: true, targetEvents: 18 });
      const [before, after] = [await source.readAll(), await target.readAll()];
      expect(after.map((e) => [e.id, e.recordedAt, e.metadata.hash])).toEqual(
        before.map((e) => [e.id, e.recordedAt, e.metadata.hash]),
      );
    } finally {
      await target.close();
      await server.stop();
    }
  });
});
