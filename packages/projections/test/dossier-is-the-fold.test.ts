import { type CadreState, cadreAggregate } from '@cadre/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALL_PROJECTIONS,
  cadreColumns,
  cadreDossier,
  cadreDossierAsOf,
  dumpReadModels,
  findCadre,
  isRegistered,
  openReadModelDatabase,
  type ReadModelDatabase,
  rebuildReadModels,
  StreamSnapshots,
  stateAsOf,
} from '../src/index.js';
import { intent } from './support/cadre-intents.js';
import { carryOut, day, register } from './support/carry-out.js';
import { DossierWorld, PLACES } from './support/dossier-world.js';

const NOW = new Date('2026-06-01T04:00:00Z');
const { subjectId } = PLACES;

function expectFieldByField(actual: object, expected: object, what: string): void {
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(e)]))
    expect(a[key], `${what}.${key}`).toEqual(e[key]);
}

function storedDocument(db: ReadModelDatabase, cadreId: string): CadreState {
  const text = db.prepare('SELECT state FROM cadre_states WHERE cadre_id = ?').pluck().get(cadreId);
  return JSON.parse(text as string);
}

const rowsOf = (db: ReadModelDatabase, sql: string) => db.prepare(sql).all(subjectId);

/** Every read-model table but the time-travel snapshots, which only a rebuild writes here. */
const readModelTables = (db: ReadModelDatabase) =>
  Object.fromEntries(
    Object.entries(dumpReadModels(db)).filter(([table]) => !table.startsWith('stream_snapshots')),
  );

describe("the dossier read model is the domain's fold", () => {
  it('after any valid sequence of commands: the document, the dossier, the columns and the rows equal what the fold of the events says', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(intent, { minLength: 10, maxLength: 60, size: 'max' }), async (intents) => {
        const world = new DossierWorld(NOW);
        try {
          const sessions = await carryOut(world, intents);
          const events = await world.eventsOf(subjectId);
          const folded = await world.foldOf(subjectId);
          if (!isRegistered(folded)) throw new Error('the subject is registered first');

          expectFieldByField(storedDocument(world.db, subjectId), folded, 'document');

          const expected = cadreDossier(folded, {
            registeredAt: events[0]!.metadata.occurredAt,
            sessionsAttended: sessions,
          });
          const dossier = findCadre(world.db, subjectId)!;
          expectFieldByField(dossier, expected, 'dossier');
          expectFieldByField(dossier.profile, folded.profile, 'dossier.profile');

          const row = world.db.prepare('SELECT * FROM cadres WHERE cadre_id = ?').get(subjectId) as object;
          expect(row).toMatchObject(cadreColumns(folded));
          expect(
            rowsOf(
              world.db,
              'SELECT review_id AS reviewId, left_on AS leftOn FROM posts WHERE cadre_id = ? ORDER BY id',
            ),
          ).toEqual(expected.postHistory.map(({ reviewId, leftOn }) => ({ reviewId, leftOn })));
          expect(
            rowsOf(
              world.db,
              'SELECT year, progress, evaluated_on AS evaluatedOn FROM pledges WHERE cadre_id = ? ORDER BY year',
            ),
          ).toEqual(
            expected.pledges.map(({ year, progress, evaluatedOn }) => ({ year, progress, evaluatedOn })),
          );
          for (const [table, list] of [
            ['interviews', folded.interviews],
            ['honors', folded.honors],
            ['benefits', folded.benefits],
          ] as const) {
            expect(rowsOf(world.db, `SELECT 1 FROM ${table} WHERE cadre_id = ?`), table).toHaveLength(
              list.length,
            );
          }

          // Time travel to now folds the same state, and builds the same dossier from it.
          const asOf = { at: NOW.toISOString() };
          const snapshots = new StreamSnapshots(world.db);
          const { state } = await stateAsOf(
            { store: world.store, snapshots },
            cadreAggregate,
            subjectId,
            asOf,
          );
          expect(cadreDossierAsOf(world.db, state, asOf)).toEqual(dossier);

          // A rebuild (a bulk load, documents written once at its end) gives the same read models.
          const rebuilt = openReadModelDatabase(':memory:');
          await rebuildReadModels(world.store, rebuilt, ALL_PROJECTIONS, () => {}, { snapshots: false });
          expect(readModelTables(rebuilt)).toEqual(readModelTables(world.db));
          rebuilt.close();
        } finally {
          await world.close();
        }
      }),
      { numRuns: 50 },
    );
  }, 300_000);

  it('EducationCompleted raises the highest level and sets the on-the-job education, today and in time travel', async () => {
    const world = new DossierWorld(NOW);
    try {
      await world.setUp(day(0));
      await register(world, 'SENIOR_HIGH');
      const programme = { programme: '学历提升计划', school: '安徽农业大学', level: 'BACHELOR' };
      await world.run('EnrollEducation', { cadreId: subjectId, ...programme, enrolledOn: '2019-09-01' });
      await world.run('CompleteEducation', { cadreId: subjectId, degree: '学士', completedOn: '2022-07-01' });
      await world.caughtUp();

      const onTheJob = { level: 'BACHELOR', degree: '学士', school: '安徽农业大学', major: '学历提升计划' };
      const dossier = findCadre(world.db, subjectId)!;
      expect(dossier.profile).toMatchObject({ educationLevel: 'BACHELOR', onTheJobEducation: onTheJob });
      expect(dossier.education).toEqual([
        { ...programme, enrolledOn: '2019-09-01', completedOn: '2022-07-01', degree: '学士' },
      ]);
      const columns = world.db
        .prepare('SELECT education_level, profile FROM cadres WHERE cadre_id = ?')
        .get(subjectId) as {
        education_level: string;
        profile: string;
      };
      expect(columns.education_level).toBe('BACHELOR');
      expect(JSON.parse(columns.profile).onTheJobEducation).toEqual(onTheJob);
      expect((await world.foldOf(subjectId)).profile).toEqual(dossier.profile);

      const source = { store: world.store, snapshots: new StreamSnapshots(world.db) };
      const asOf = async (at: string) =>
        cadreDossierAsOf(world.db, (await stateAsOf(source, cadreAggregate, subjectId, { at })).state, {
          at,
        });
      expect(await asOf('2026-05-31')).toEqual(dossier);
      const studying = (await asOf('2021-01-01'))!;
      expect(studying.profile.educationLevel).toBe('SENIOR_HIGH');
      expect(studying.profile.onTheJobEducation).toBeUndefined();
      expect(studying.education).toEqual([
        { ...programme, enrolledOn: '2019-09-01', completedOn: null, degree: null },
      ]);
    } finally {
      await world.close();
    }
  });
});
