import { describe, expect, it } from 'vitest';
import {
  cadresProjection,
  findCadre,
  openReadModelDatabase,
  type Projection,
  ProjectionApplier,
  trainingsProjection,
} from '../src/index.js';
import { DossierWorld, PLACES, profileOf } from './support/dossier-world.js';

const NOW = new Date('2026-06-01T04:00:00Z');
const { subjectId } = PLACES;

/** A read model that fails on the subject's nth training while `failing` is set. */
function failingOnTraining(nth: number, control: { failing: boolean }): Projection {
  let seen = 0;
  return {
    name: 'failing',
    version: 1,
    tables: [],
    schema: '',
    apply(_, event) {
      if (event.type === 'CadreTrained' && ++seen === nth && control.failing)
        throw new Error('projection bug');
    },
  };
}

describe('cadre documents kept in memory during a batch', () => {
  it('are forgotten when the batch rolls back: applied again, the events count once', async () => {
    const world = new DossierWorld(NOW);
    try {
      await world.setUp('2020-01-01');
      await world.run('RegisterCadre', {
        cadreId: subjectId,
        villageId: PLACES.villageA,
        profile: profileOf('张三', '1985-06-15', 3),
        registeredOn: '2020-01-01',
      });
      const first = await world.store.readAll();
      for (const [n, trainedOn] of ['2020-02-01', '2020-03-01', '2020-04-01'].entries()) {
        await world.run('RecordTraining', {
          cadreId: subjectId,
          topic: `课程${n}`,
          kind: 'INTERNAL',
          trainedOn,
        });
      }
      const later = (await world.store.readAll()).slice(first.length);

      const db = openReadModelDatabase(':memory:');
      const control = { failing: true };
      const read = [cadresProjection, trainingsProjection, failingOnTraining(3, control)];
      const applier = new ProjectionApplier(db, read);
      applier.apply(first);
      expect(() => applier.apply(later)).toThrow('projection bug');
      expect(findCadre(db, subjectId)!.trainings).toEqual([]);

      control.failing = false;
      applier.apply((await world.store.readAll()).slice(first.length));
      expect(findCadre(db, subjectId)!.trainings.map((t) => t.topic)).toEqual(['课程0', '课程1', '课程2']);
      await world.caughtUp();
      expect(findCadre(db, subjectId)).toEqual(findCadre(world.db, subjectId));
      db.close();
    } finally {
      await world.close();
    }
  });
});
