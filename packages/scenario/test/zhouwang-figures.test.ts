import { CommandBus } from '@cadre/application';
import { chinaDate } from '@cadre/domain';
import { type RecordedEvent, SqliteEventStore } from '@cadre/event-store';
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

/** Days across the year the demo must be current on: the edges of the year, of February, of its halves, December. */
const TODAYS = [
  '2026-01-01',
  '2028-02-29',
  '2026-06-30',
  '2026-07-01',
  '2026-12-01',
  '2026-12-20',
  '2026-12-31',
];
const percent = (share: number) => share * 100;

/** Every yyyy-mm-dd an event names: its business time and each date in its data. */
/** Dates that look ahead by nature: a term's planned end. */
const PLANNED = new Set(['plannedEndOn']);

function datesOf(event: RecordedEvent): string[] {
  const dates = [chinaDate(new Date(event.metadata.occurredAt))];
  const visit = (value: unknown): void => {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) dates.push(value.slice(0, 10));
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) if (!PLANNED.has(key)) visit(item);
  };
  visit(event.data);
  return dates;
}

/** The figures of the source report (shared/domain.md, last section), as the dashboard computes them for this year. */
describe.each(TODAYS)('on %s the Zhouwang data set reproduces the report for this year', (today) => {
  const year = Number(today.slice(0, 4));
  const now = new Date(`${today}T20:00:00+08:00`);
  let store: SqliteEventStore;
  let db: ReadModelDatabase;
  let runner: ProjectionRunner;
  let stats: TownshipStatistics;
  beforeAll(async () => {
    store = new SqliteEventStore({ path: ':memory:', now: () => now });
    db = openReadModelDatabase(':memory:');
    runner = new ProjectionRunner(store, db, ALL_PROJECTIONS);
    runner.start();
    const loaded = await loadZhouwangScenario(new CommandBus({ store, now: () => now }), { today });
    await runner.waitFor(loaded.position);
    stats = currentStatistics(db, { year }, now);
  });
  afterAll(async () => {
    await runner.stop();
    await store.close();
    db.close();
  });

  it('dates nothing after today, and this year’s activities on or after 1 January', async () => {
    const events = await store.readAll();
    const dates = events.flatMap(datesOf);
    expect(dates.filter((date) => date > today)).toEqual([]);
    const thisYears = events.filter((e) => e.type === 'TrainingHeld' || e.type === 'CadreHonored');
    expect(thisYears.length).toBeGreaterThan(0);
    expect(thisYears.every((e) => datesOf(e).every((date) => date.startsWith(`${year}-`)))).toBe(true);
    expect(stats.asOf).toBe(today);
  });

  it('every committee serves the term elected five years ago, so this year is a 换届 year', () => {
    expect(stats.terms).toMatchObject({ villagesWithTerm: 7, endingThisYear: 7 });
    expect(stats.terms.pastPlannedEnd).toBe(today >= `${year}-10-15` ? 7 : 0);
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

  it('12 internal training sessions and 2 external this year, every cadre trained, 3 secretaries sent out', () => {
    expect(stats).toMatchObject({
      trainingSessions: 14,
      internalTrainingSessions: 12,
      externalTrainingSessions: 2,
      trainingCoverage: 1,
      externalTrainingSecretaries: 3,
    });
    const reservesTrained = db
      .prepare(
        `SELECT COUNT(DISTINCT c.cadre_id) AS n FROM cadres c JOIN cadre_trainings t USING (cadre_id)
         WHERE c.reserve_village_id IS NOT NULL AND t.trained_on LIKE ?`,
      )
      .get(`${year}-%`) as { n: number };
    expect(reservesTrained.n).toBe(stats.reserveCadres);
  });

  it('101 service requests resolved, 2 admonishment talks, 60+ pledge items, 3 cadres honored at district level or above', () => {
    expect(stats.serviceRequestsResolved).toBe(101);
    expect(stats.admonishments).toBe(2);
    expect(stats.pledgeItems).toBeGreaterThanOrEqual(60);
    expect(stats.pledgeItems).toBeLessThan(70);
    expect(stats.honoredDistrictOrAbove).toBe(3);
    expect(stats).toMatchObject({ honors: 5, honorsDistrictOrAbove: 3, honoredCadres: 5 });
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
