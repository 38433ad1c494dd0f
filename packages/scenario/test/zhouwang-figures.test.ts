import { CommandBus } from '@cadre/application';
import { SqliteEventStore } from '@cadre/event-store';
import {
  ALL_PROJECTIONS,
  currentStatistics,
  openReadModelDatabase,
  ProjectionRunner,
  type ReadModelDatabase,
  type TownshipStatistics,
} from '@cadre/projections';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadZhouwangScenario } from '../src/index.js';

const NOW = new Date('2026-11-25T08:00:00Z');
const percent = (share: number) => share * 100;

/** The figures of the source report (shared/domain.md, last section), as the dashboard computes them. */
describe('the Zhouwang data set reproduces the report', () => {
  let store: SqliteEventStore;
  let db: ReadModelDatabase;
  let runner: ProjectionRunner;
  let stats: TownshipStatistics;
  beforeAll(async () => {
    store = new SqliteEventStore({ path: ':memory:' });
    db = openReadModelDatabase(':memory:');
    runner = new ProjectionRunner(store, db, ALL_PROJECTIONS);
    runner.start();
    const loaded = await loadZhouwangScenario(new CommandBus({ store, now: () => NOW }), { year: 2026 });
    await runner.waitFor(loaded.position);
    stats = currentStatistics(db, { year: 2026 }, NOW);
  });
  afterAll(async () => {
    await runner.stop();
    await store.close();
    db.close();
  });

  it('7 villages and communities with 7 party secretaries', () => {
    expect(stats.villages + stats.communities).toBe(7);
    expect(stats.partySecretaries).toBe(7);
  });

  it('11 reserve cadres, 45% of them with a bachelor degree or above', () => {
    expect(stats.reserveCadres).toBe(11);
    expect(Math.round(percent(stats.reserveEducation.bachelorOrAboveShare))).toBe(45);
  });

  it('committee members: bachelor or above 10.8%, junior college or above over 89%', () => {
    expect(percent(stats.committeeEducation.bachelorOrAboveShare).toFixed(1)).toBe('10.8');
    expect(percent(stats.committeeEducation.juniorCollegeOrAboveShare)).toBeGreaterThan(89);
  });

  it('12 training sessions this year, every cadre trained, 3 secretaries sent out for external training', () => {
    expect(stats.trainingSessions).toBe(12);
    expect(stats.trainingCoverage).toBe(1);
    const reservesTrained = db
      .prepare(
        `SELECT COUNT(DISTINCT c.cadre_id) AS n FROM cadres c JOIN cadre_trainings t USING (cadre_id)
         WHERE c.reserve_village_id IS NOT NULL AND t.trained_on LIKE '2026-%'`,
      )
      .get() as { n: number };
    expect(reservesTrained.n).toBe(stats.reserveCadres);
    expect(stats.externalTrainingSecretaries).toBe(3);
  });

  it('101 service requests resolved, 2 admonishment talks, 60+ pledges, 3 cadres honored at district level or above', () => {
    expect(stats.serviceRequestsResolved).toBe(101);
    expect(stats.admonishments).toBe(2);
    expect(stats.pledgeItems).toBeGreaterThanOrEqual(60);
    expect(stats.pledgeItems).toBeLessThan(70);
    expect(stats.honoredDistrictOrAbove).toBe(3);
  });

  it('gives the structure the organization department reports', () => {
    expect(stats.committeeMembers).toBe(37);
    expect(stats.committeeAge.bands.reduce((sum, b) => sum + b.count, 0)).toBe(37);
    expect(stats.committeeGender.male + stats.committeeGender.female).toBe(37);
    expect(stats.reserveSources.map((s) => s.count).reduce((a, b) => a + b, 0)).toBe(11);
    expect(stats.oneShoulderShare).toBeCloseTo(4 / 7, 3);
    expect(stats.benefitCoverage.every((b) => b.count === 37)).toBe(true);
  });
});
