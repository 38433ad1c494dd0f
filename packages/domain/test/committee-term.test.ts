import { describe, expect, it } from 'vitest';
import { plannedEndOf, villageAggregate } from '../src/index.js';
import { VILLAGE } from './support/fixtures.js';
import { expectRule } from './support/ledger.js';
import { townshipWithVillages } from './support/scenario.js';

describe('a committee term', () => {
  it('runs five years by default; a term begun on 29 February ends on 28 February of a common year', () => {
    expect(plannedEndOf('2021-03-15')).toBe('2026-03-15');
    expect(plannedEndOf('2024-02-29')).toBe('2029-02-28');
    expect(plannedEndOf('2023-02-28')).toBe('2028-02-28');
  });

  it('records an existing term on the village: start and planned end, five years unless told', () => {
    const ledger = townshipWithVillages();
    const { village } = ledger.run('RecordCommitteeTerm', { villageId: VILLAGE, startedOn: '2021-03-15' });
    expect(village).toEqual([
      {
        type: 'CommitteeTermStarted',
        data: { villageId: VILLAGE, startedOn: '2021-03-15', plannedEndOn: '2026-03-15' },
      },
    ]);
    expect(ledger.state(villageAggregate, VILLAGE).term).toEqual({
      startedOn: '2021-03-15',
      plannedEndOn: '2026-03-15',
    });
  });

  it('takes a planned end on 29 February of a leap year, and refuses a 29 February that does not exist', () => {
    const ledger = townshipWithVillages();
    ledger.run('RecordCommitteeTerm', {
      villageId: VILLAGE,
      startedOn: '2023-03-01',
      plannedEndOn: '2028-02-29',
    });
    expect(ledger.state(villageAggregate, VILLAGE).term?.plannedEndOn).toBe('2028-02-29');
    const other = townshipWithVillages();
    expectRule(
      other.reject('RecordCommitteeTerm', {
        villageId: VILLAGE,
        startedOn: '2022-03-01',
        plannedEndOn: '2027-02-29',
      }),
      'INVALID_DATE',
      'plannedEndOn',
    );
  });

  it('refuses a term that ends before it starts, or on its first day', () => {
    const ledger = townshipWithVillages();
    for (const plannedEndOn of ['2021-03-14', '2021-03-15'])
      expectRule(
        ledger.reject('RecordCommitteeTerm', { villageId: VILLAGE, startedOn: '2021-03-15', plannedEndOn }),
        'TERM_END_BEFORE_START',
        'plannedEndOn',
      );
  });

  it('refuses a term overlapping one recorded, and takes one that follows it', () => {
    const ledger = townshipWithVillages();
    ledger.run('RecordCommitteeTerm', { villageId: VILLAGE, startedOn: '2016-03-15' });
    for (const startedOn of ['2016-03-15', '2018-01-01', '2021-03-14', '2012-01-01'])
      expectRule(
        ledger.reject('RecordCommitteeTerm', { villageId: VILLAGE, startedOn }),
        'TERM_OVERLAPS',
        'startedOn',
        'CONFLICT',
      );
    ledger.run('RecordCommitteeTerm', { villageId: VILLAGE, startedOn: '2021-03-15' });
    ledger.run('RecordCommitteeTerm', { villageId: VILLAGE, startedOn: '2011-03-15' });
    const village = ledger.state(villageAggregate, VILLAGE);
    expect(village.terms.map((t) => t.startedOn)).toEqual(['2011-03-15', '2016-03-15', '2021-03-15']);
    expect(village.term).toEqual({ startedOn: '2021-03-15', plannedEndOn: '2026-03-15' });
  });

  it('refuses an unknown village and a start in the future', () => {
    const ledger = townshipWithVillages();
    expectRule(
      ledger.reject('RecordCommitteeTerm', {
        villageId: '00000000-0000-4000-8000-000000000fff',
        startedOn: '2021-03-15',
      }),
      'VILLAGE_NOT_FOUND',
      'villageId',
      'NOT_FOUND',
    );
    expectRule(
      ledger.reject('RecordCommitteeTerm', { villageId: VILLAGE, startedOn: '2026-11-26' }),
      'DATE_IN_FUTURE',
      'startedOn',
    );
  });
});
