import { join } from 'node:path';
import { cadreAggregate } from '@cadre/domain';
import { SqliteEventStore } from '@cadre/event-store';
import { timed } from '@cadre/event-store/testing';
import { openReadModelDatabase, StreamSnapshots, stateAsOf } from '@cadre/projections';

/**
 * Run by rebuild.bench.ts as a child process: the first as-of question in a new process (nothing compiled,
 * nothing cached), over the files the benchmark built. Prints the time it took, in ms.
 */
const [dir, cadreId, at] = process.argv.slice(2) as [string, string, string];
const store = new SqliteEventStore({ path: join(dir, 'events.sqlite') });
const db = openReadModelDatabase(join(dir, 'read-models.sqlite'));
const source = { store, snapshots: new StreamSnapshots(db) };
const ms = await timed(() => stateAsOf(source, cadreAggregate, cadreId, { at }));
db.close();
await store.close();
process.stdout.write(JSON.stringify({ ms }));
