import { DomainError } from '@cadre/domain';
import { describe, expect, it } from 'vitest';
import { pastDay, statisticsMoment } from '../src/index.js';

const TODAY = '2026-12-01';

function refusal(run: () => unknown): Pick<DomainError, 'rule' | 'field' | 'kind' | 'messages'> {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  return expect.unreachable('no refusal');
}

describe('when the figures of a statistics request stand', () => {
  it('this year is live; a past year stands at its 31 December', () => {
    expect(statisticsMoment({}, TODAY)).toEqual({ year: 2026, asOf: null });
    expect(statisticsMoment({ year: 2026 }, TODAY)).toEqual({ year: 2026, asOf: null });
    expect(statisticsMoment({ year: 2024 }, TODAY)).toEqual({ year: 2024, asOf: '2024-12-31' });
    expect(statisticsMoment({ year: 2025 }, '2026-01-01')).toEqual({ year: 2025, asOf: '2025-12-31' });
  });

  it('a day given is the moment and gives the default year; today is live', () => {
    expect(statisticsMoment({ asOf: '2025-03-01' }, TODAY)).toEqual({ year: 2025, asOf: '2025-03-01' });
    expect(statisticsMoment({ year: 2026, asOf: '2026-06-30' }, TODAY)).toEqual({
      year: 2026,
      asOf: '2026-06-30',
    });
    expect(statisticsMoment({ asOf: TODAY }, TODAY)).toEqual({ year: 2026, asOf: null });
  });

  it('refuses a year after this one, a day after today and a day that is not a date, in both languages', () => {
    expect(refusal(() => statisticsMoment({ year: 2027 }, TODAY))).toMatchObject({
      kind: 'BAD_USER_INPUT',
      rule: 'YEAR_IN_FUTURE',
      field: 'year',
      messages: { zh: expect.stringContaining('2026'), en: expect.stringContaining('after this year') },
    });
    expect(refusal(() => statisticsMoment({ asOf: '2026-12-02' }, TODAY))).toMatchObject({
      rule: 'AS_OF_IN_FUTURE',
      field: 'asOf',
      messages: { zh: expect.stringContaining('今天'), en: expect.stringContaining('after today') },
    });
    for (const bad of ['yesterday', '2026-02-30', '2026-1-05', '']) {
      expect(
        refusal(() => statisticsMoment({ asOf: bad }, TODAY)),
        bad,
      ).toMatchObject({
        rule: 'INVALID_DATE',
        field: 'asOf',
      });
    }
    expect(refusal(() => statisticsMoment({ year: 26 }, TODAY)).rule).toBe('INVALID_YEAR');
  });

  it('a list day is null for now and for today, the day itself when past', () => {
    expect(pastDay(undefined, TODAY)).toBeNull();
    expect(pastDay(TODAY, TODAY)).toBeNull();
    expect(pastDay('2024-02-29', TODAY)).toBe('2024-02-29');
    expect(refusal(() => pastDay('2027-01-01', TODAY)).rule).toBe('AS_OF_IN_FUTURE');
  });
});
