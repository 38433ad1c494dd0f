import { cadreAggregate, fold } from '@cadre/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffState, patchState } from '../src/index.js';

describe('state patches', () => {
  it('turn the earlier state into the later one, through JSON, for any plain states', () => {
    const state = fc.dictionary(
      fc.constantFrom('a', 'b', 'c', 'd'),
      fc.oneof(fc.integer(), fc.string(), fc.constant(undefined), fc.array(fc.nat(), { maxLength: 4 })),
    );
    fc.assert(
      fc.property(state, state, fc.array(fc.nat(), { maxLength: 3 }), (before, after, added) => {
        // Half the time `after` grows one of `before`'s arrays in place, as `evolve` does.
        const grown = Object.entries(before).find(([, v]) => Array.isArray(v));
        if (grown) after[grown[0]] = [...(grown[1] as number[]), ...added];
        const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value));
        const patch = roundTrip(diffState(before, after));
        expect(patchState(roundTrip(before), patch)).toEqual(roundTrip(after));
      }),
    );
  });

  it('lists only the new items of an array that grew', () => {
    const before = fold(cadreAggregate, []);
    const trained = { ...before, trainings: [...before.trainings, { topic: '课程' }] } as typeof before;
    const later = { ...trained, trainings: [...trained.trainings, { topic: '课程2' }] } as typeof before;
    expect(diffState(trained, later)).toEqual({
      set: {},
      append: { trainings: [{ topic: '课程2' }] },
      unset: [],
    });
    // A rewritten array is set whole.
    const rewritten = { ...later, trainings: later.trainings.map((t) => ({ ...t })) };
    expect(diffState(later, rewritten).set).toEqual({ trainings: rewritten.trainings });
  });

  it('keeps a state that is not a plain object whole', () => {
    expect(patchState([1], diffState([1], [1, 2]))).toEqual([1, 2]);
    expect(patchState(undefined, diffState(undefined, 'done'))).toBe('done');
  });
});
