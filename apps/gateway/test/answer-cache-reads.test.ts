import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  dumpReadModels,
  newReadScope,
  noteReadOfEveryEvent,
  openReadModelDatabase,
  PUBLISHED_TABLE_VERSIONS,
  type ReadModelDatabase,
  type ReadScope,
  withinReadScope,
} from '@cadre/projections';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TableVersions } from '../src/answer-cache/table-versions.js';
import { watchReads } from '../src/answer-cache/watch-reads.js';
import { openReadModelsReadOnly } from '../src/cluster/reader-wiring.js';
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
    expect(dumpReadModels(db)).not.toHaveProperty(PUBLISHED_TABLE_VERSIONS);
  });

  it('starts a new epoch when tables are recreated, and tracks the new tables', () => {
    open('two.sqlite');
    const { epoch } = versions.current();
    db.exec('DROP TABLE b; CREATE TABLE b (y)');
    expect(versions.current().epoch).toBe(epoch + 1);
    const b = versionOf('b');
    db.prepare('INSERT INTO b VALUES (1)').run();
    expect(versionOf('b')).toBe(b! + 1);
    expect(versions.current().epoch).toBe(epoch + 1);
  });

  it('moves the versions, in the file, for another connection’s writes too: the epoch stays', () => {
    open('four.sqlite');
    const { epoch } = versions.current();
    const [a, b] = [versionOf('a'), versionOf('b')];
    const other = openReadModelDatabase(join(dir, 'four.sqlite'));
    other.prepare('INSERT INTO a (x) VALUES (1)').run();
    other.close();
    expect(versions.current()).toEqual({ epoch, versions: expect.any(Map) });
    expect([versionOf('a'), versionOf('b')]).toEqual([a! + 1, b]);
  });

  describe('on a read-only connection (a reader process beside the writer)', () => {
    let reader: ReadModelDatabase;
    let read: TableVersions;
    afterEach(() => reader.close());
    const openReader = (name: string) => {
      reader = openReadModelsReadOnly(join(dir, name));
      read = new TableVersions(reader);
    };
    const readerVersionOf = (table: string) => read.current().versions.get(table);

    it('sees which tables each of the writer’s commits changed, the moment it is committed', () => {
      open('five.sqlite');
      openReader('five.sqlite');
      const { epoch } = read.current();
      const [a, b] = [readerVersionOf('a'), readerVersionOf('b')];
      expect([a, b]).toEqual([versionOf('a'), versionOf('b')]);
      db.transaction(() => {
        db.prepare('INSERT INTO a (x) VALUES (1)').run();
        db.prepare('INSERT INTO a (x) VALUES (2)').run();
      })();
      expect([readerVersionOf('a'), readerVersionOf('b')]).toEqual([a! + 2, b]);
      db.prepare('INSERT INTO b VALUES (1)').run();
      expect([readerVersionOf('a'), readerVersionOf('b')]).toEqual([a! + 2, b! + 1]);
      expect(read.current().epoch).toBe(epoch);
      expect(read.tablesOf('SELECT * FROM a')).toEqual(['a']);
    });

    it('starts a new epoch with every change while the triggers do not cover the schema, until the writer installs them', () => {
      open('six.sqlite');
      openReader('six.sqlite');
      const { epoch } = read.current();
      db.exec('DROP TABLE b; CREATE TABLE b (y)');
      db.prepare('INSERT INTO b VALUES (1)').run();
      // the writer has not looked yet: b has no trigger, so the reader knows no version to keep an answer by
      expect(read.current()).toEqual({ epoch: epoch + 1, versions: new Map() });
      db.prepare('INSERT INTO b VALUES (2)').run();
      expect(read.current().epoch).toBe(epoch + 2);
      versions.current();
      const tracked = read.current();
      expect(tracked.epoch).toBe(epoch + 3);
      const b = tracked.versions.get('b');
      db.prepare('INSERT INTO b VALUES (3)').run();
      expect(read.current()).toEqual({ epoch: epoch + 3, versions: expect.any(Map) });
      expect(readerVersionOf('b')).toBe(b! + 1);
    });

    it('starts a new epoch with every change on a file whose writer never installed the triggers', () => {
      db = openReadModelDatabase(join(dir, 'seven.sqlite'));
      db.exec('CREATE TABLE a (x)');
      openReader('seven.sqlite');
      const { epoch } = read.current();
      db.prepare('INSERT INTO a VALUES (1)').run();
      expect(read.current()).toEqual({ epoch: epoch + 1, versions: new Map() });
      expect(read.current().epoch).toBe(epoch + 1);
    });
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
