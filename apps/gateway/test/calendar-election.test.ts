import { randomUUID } from 'node:crypto';
import { dueItemsOn } from '@cadre/projections';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSystem, type System } from '../src/system.js';
import { DEPARTMENTS, SECRETARY_SEAT } from './support/appointment-fixture.js';
import { calendarLedger, movableClock } from './support/calendar-ledger.js';

/** The 换届 rule over the real commands: a candidate's review, opened with the candidacy, left open. */
describe('换届 candidates in the due list', () => {
  const clock = movableClock('2026-01-01');
  let system: System;
  let ledger: Awaited<ReturnType<typeof calendarLedger>>;
  const electionId = randomUUID();
  const reviewId = randomUUID();
  const run = async (name: Parameters<System['bus']['execute']>[0], input: object) => {
    const result = await system.bus.execute(name, input, { commandId: randomUUID(), actor: 'system:test' });
    await system.runner.waitFor(result.position);
  };

  beforeAll(async () => {
    system = await openSystem({ dataDir: ':memory:', now: clock.now });
    ledger = await calendarLedger(system);
    clock.set('2026-06-01');
    const { townshipId, villageId, otherVillageId, reserve } = ledger;
    await run('StartGeneralElection', {
      townshipId,
      electionId,
      startedOn: '2026-06-01',
      villageIds: [villageId, otherVillageId],
    });
    await run('RegisterElectionCandidate', {
      townshipId,
      electionId,
      villageId,
      cadreId: reserve,
      ...SECRETARY_SEAT,
      reviewId,
      registeredOn: '2026-06-01',
    });
  });
  afterAll(() => system.close());

  const candidates = (on: string) =>
    dueItemsOn(system.readModels, on, { rule: 'ELECTION_CANDIDATE_NOT_REVIEWED' }).map((i) => ({
      cadreId: i.cadreId,
      dueOn: i.dueOn,
    }));

  it('lists a candidate from the day of the candidacy while the review is open', () => {
    expect(candidates('2026-05-31')).toEqual([]);
    expect(candidates('2026-06-01')).toEqual([{ cadreId: ledger.reserve, dueOn: '2026-06-01' }]);
  });

  it('drops the candidate once the review is concluded', async () => {
    clock.set('2026-06-10');
    for (const { code } of DEPARTMENTS)
      await run('RecordDepartmentVerdict', {
        cadreId: ledger.reserve,
        reviewId,
        department: code,
        verdict: 'APPROVED',
        decidedOn: '2026-06-10',
      });
    await run('ConcludeQualificationReview', {
      cadreId: ledger.reserve,
      reviewId,
      concludedOn: '2026-06-10',
    });
    expect(candidates('2026-06-10')).toEqual([]);
  });
});
