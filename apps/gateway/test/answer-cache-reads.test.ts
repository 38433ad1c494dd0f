import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  newReadScope,
  noteReadOfEveryEvent,
  openReadModelDatabase,
  type ReadModelDatabase,
  type ReadScope,
  withinReadScope,
} from '@cadre/projections';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TableVersions } from '../src/answer-cache/table-versions.js';
import { watchReads } from '../src/answer-cache/watch-reads.js';
import { openSystem, type System } from '../src/system.js';

describe('table versions', () => {
  let dir: string;
  let db: ReadModelDatabase;
  let versions: TableVersions;
  const versionOf = (table: string) => versions.current().versions.get(table);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cadre-table-versions-'));
  });
  afterEach(() => db.close());
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const open = (name: string) => {
    db = openReadModelDatabase(join(dir, name));
    db.exec('CREATE TABLE IF NOT EXISTS a (id INTEGER PRIMARY KEY, x); CREATE TABLE IF NOT EXISTS b (y)');
    versions = new TableVersions(db);
  };

  it('moves a table’s version with every row inserted, updated or deleted, and no other table’s', () => {
    open('one.sqlite');
    const [a, b] = [versionOf('a'), versionOf('b')];
    db.prepare('INSERT INTO a (id, x) VALUES (1, 1)').run();
    expect([versionOf('a'), versionOf('b')]).toEqual([a! + 1, b]);
    db.exec('UPDATE a SET x = 2; DELETE FROM a');
    expect(versionOf('a')).toBe(a! + 3);
    db.prepare('UPDATE a SET x = 3 WHERE id = 99').run();
    expect(versionOf('a')).toBe(a! + 3);
    expect(versionOf('b')).toBe(b);
    expect(
      db.prepare("SELECT count(*) FROM sqlite_master WHERE name LIKE 'answer_cache%'").pluck().get(),
    ).toBe(0);
  });

  it('starts a new epoch when tables are recreated or another connection writes, and tracks the new tables', () => {
    open('two.sqlite');
    const { epoch } = versions.current();
    db.exec('DROP TABLE b; CREATE TABLE b (y)');
    expect(versions.current().epoch).toBe(epoch + 1);
    const b = versionOf('b');
    db.prepare('INSERT INTO b VALUES (1)').run();
    expect(versionOf('b')).toBe(b! + 1);

    const other = openReadModelDatabase(join(dir, 'two.sqlite'));
    other.prepare('INSERT INTO a (x) VALUES (1)').run();
    other.close();
    expect(versions.current().epoch).toBe(epoch + 2);
  });

  it('names the tables of a statement, through views, leaving out a table read only for memo keys', () => {
    open('three.sqlite');
    db.exec('CREATE VIEW va AS SELECT * FROM a; CREATE VIEW vv AS SELECT * FROM va JOIN b');
    versions.current();
    expect(versions.tablesOf('SELECT * FROM a JOIN b ON a.x = b.y')).toEqual(['a', 'b']);
    expect(versions.tablesOf('SELECT * FROM vv')).toEqual(['a', 'b']);
    expect(versions.tablesOf('SELECT x, (SELECT y FROM /* memo keys */ b) FROM a')).toEqual(['a']);
    expect(versions.tablesOf('SELECT 1')).toEqual([]);
  });
});

describe('the reads a request notes', () => {
  let system: System;
  let other: ReadModelDatabase;
  beforeAll(async () => {
    system = await openSystem({ dataDir: ':memory:', now: () => new Date('2026-12-10T04:00:00Z') });
    watchReads(system, new TableVersions(system.readModels));
    other = openReadModelDatabase(':memory:');
  });
  afterAll(async () => {
    other.close();
    await system.close();
  });
  const noted = async (work: () => unknown): Promise<ReadScope> => {
    const scope = newReadScope();
    await withinReadScope(scope, async () => {
      await new Promise((resolve) => setImmediate(resolve));
      await work();
    });
    return scope;
  };

  it('names the live read models’ tables a statement reads, whichever helper prepared it', async () => {
    const scope = await noted(() =>
      system.readModels.prepare('SELECT count(*) FROM cadres JOIN posts USING (cadre_id)').get(),
    );
    expect([...scope.tables].sort()).toEqual(['cadres', 'posts']);
    expect([scope.everyEvent, scope.uncacheable]).toEqual([false, false]);
    const writes = await noted(() => system.readModels.prepare('DELETE FROM villages WHERE 0').run());
    expect([...writes.tables]).toEqual([]);
  });

  it('keeps out an answer that read the accounts, and ties to every event one that read the store or another file', async () => {
    const accounts = await noted(() => system.accounts.db.prepare('SELECT 1').get());
    expect(accounts.uncacheable).toBe(true);
    const store = await noted(() => system.store.headPosition());
    expect([store.everyEvent, store.uncacheable]).toEqual([true, false]);
    const scratch = await noted(() => other.prepare('SELECT 1').all());
    expect(scratch.everyEvent).toBe(true);
    const memo = await noted(() => noteReadOfEveryEvent());
    expect(memo.everyEvent).toBe(true);
  });

  it('notes only what runs within the request, not work another request started meanwhile', async () => {
    const scope = newReadScope();
    const elsewhere = new Promise<void>((resolve) =>
      setTimeout(() => {
        system.readModels.prepare('SELECT count(*) FROM villages').get();
        resolve();
      }, 5),
    );
    await withinReadScope(scope, async () => {
      await elsewhere;
      system.readModels.prepare('SELECT count(*) FROM cadres').get();
    });
    expect([...scope.tables]).toEqual(['cadres']);
  });
});
