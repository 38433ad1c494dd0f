import { benefitKind, evaluationGrade, honorLevel, interviewKind, trainingKind } from '@cadre/domain';
import { describe, expect, it } from 'vitest';
import { GRADE_CODES, gradeCodeOf, ITEM_CODES, itemCodeOf } from '../src/temporal/fact-codes.js';

describe("the temporal rows' codes for items and grades", () => {
  it('code every kind the domain has of the items a figure counts, and of the talks admonishments only', () => {
    const kinds = (item: string) => ITEM_CODES.filter(([coded]) => coded === item).map(([, kind]) => kind);
    expect(kinds('TRAINING')).toEqual(trainingKind.options);
    expect(kinds('HONOR')).toEqual(honorLevel.options);
    expect(kinds('BENEFIT')).toEqual(benefitKind.options);
    expect(kinds('INTERVIEW')).toEqual(['ADMONISHMENT']);
    expect(GRADE_CODES).toEqual(evaluationGrade.options);
    for (const kind of interviewKind.options)
      expect(itemCodeOf('INTERVIEW', kind) === undefined).toBe(kind !== 'ADMONISHMENT');
  });

  it('read back what was coded, and refuse a kind that has no code instead of storing nothing', () => {
    for (const [code, [item, kind]] of ITEM_CODES.entries()) expect(itemCodeOf(item, kind)).toBe(code);
    for (const grade of GRADE_CODES) expect(GRADE_CODES[gradeCodeOf(grade)]).toBe(grade);
    expect(() => itemCodeOf('HONOR', 'GALACTIC')).toThrow(/ITEM_CODES/);
    expect(() => gradeCodeOf('SUPERB')).toThrow(/GRADE_CODES/);
  });
});
