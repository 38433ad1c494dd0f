import { describe, expect, it } from 'vitest';
import { openReadModelDatabase } from '../src/read-model-database.js';
import { CADRE_KEYS_SCHEMA, cadreKeyOf } from '../src/temporal/cadre-keys.js';

function keysDatabase() {
  const db = openReadModelDatabase(':memory:');
  db.exec(CADRE_KEYS_SCHEMA);
  return db;
}

describe("the temporal read models' cadre keys", () => {
  it('give a cadre one key, and each cadre its own', () => {
    const db = keysDatabase();
    const first = cadreKeyOf(db, 'cadre-a');
    const second = cadreKeyOf(db, 'cadre-b');
    expect(cadreKeyOf(db, 'cadre-a')).toBe(first);
    expect(second).not.toBe(first);
    expect(typeof first).toBe('number');
  });

  it('forget a key given in a batch that was rolled back, so that it never names two cadres', () => {
    const db = keysDatabase();
    cadreKeyOf(db, 'cadre-a');
    let given = 0;
    expect(() =>
      db.transaction(() => {
        given = cadreKeyOf(db, 'cadre-rolled-back');
        throw new Error('the batch fails');
      })(),
    ).toThrow('the batch fails');
    // the next cadre may get the same number: the rolled-back cadre no longer holds it
    const next = cadreKeyOf(db, 'cadre-next');
    expect(next).toBe(given);
    expect(cadreKeyOf(db, 'cadre-rolled-back')).not.toBe(next);
  });
});
