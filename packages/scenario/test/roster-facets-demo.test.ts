import { CommandBus } from '@cadre/application';
import { SqliteEventStore } from '@cadre/event-store';
import {
  ALL_PROJECTIONS,
  escapeLike,
  listCadres,
  openReadModelDatabase,
  rebuildReadModels,
  rosterFacetDisagreements,
} from '@cadre/projections';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadZhouwangScenario } from '../src/index.js';

const TODAY = '2026-11-25';

describe('the roster’s facets on the Zhouwang demo', () => {
  const store = new SqliteEventStore({ path: ':memory:' });
  const db = openReadModelDatabase(':memory:');
  beforeAll(async () => {
    await loadZhouwangScenario(new CommandBus({ store, now: () => new Date(`${TODAY}T08:00:00Z`) }), {
      today: TODAY,
    });
    await rebuildReadModels(store, db, ALL_PROJECTIONS);
  });
  afterAll(async () => {
    db.close();
    await store.close();
  });

  it('agree with the rows, and a search of each character and pair of the names finds what LIKE finds', () => {
    expect(rosterFacetDisagreements(db)).toEqual([]);
    const names = db.prepare('SELECT name FROM cadres').pluck().all() as string[];
    const searches = new Set<string>();
    for (const name of names) {
      const characters = Array.from(name);
      characters.forEach((character, i) => {
        searches.add(character);
        if (i > 0) searches.add(characters[i - 1]! + character);
      });
    }
    expect(searches.size).toBeGreaterThan(50);
    const like = db
      .prepare(`SELECT cadre_id FROM cadres WHERE name LIKE ? ESCAPE '\\' ORDER BY name, seq`)
      .pluck();
    for (const search of searches) {
      const page = listCadres(db, { search }, { first: 200, sort: 'NAME' });
      const found = like.all(`%${escapeLike(search)}%`);
      expect(
        page.nodes.map((node) => node.cadreId),
        search,
      ).toEqual(found);
      expect(page.totalCount, search).toBe(found.length);
    }
  });
});
