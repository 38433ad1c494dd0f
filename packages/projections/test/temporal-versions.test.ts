import { describe, expect, it } from 'vitest';
import { foldAt, type Version } from '../src/temporal/versions.js';

/** A state that is the list of the events folded, in position order, as text. */
type Trail = string;
const version = (from: string, state: Trail): Version<Trail> => ({ from, state, json: state });
const INITIAL = version('', '');
const appending = (event: string) => (state: Trail) => (state ? `${state},${event}` : event);
const fold = (versions: readonly Version<Trail>[], day: string, event: string) =>
  foldAt(versions, day, INITIAL, appending(event), (state) => state);
const table = (versions: readonly Version<Trail>[]) => versions.map((v) => [v.from, v.state]);

describe('foldAt: a version per day on which the state changes', () => {
  const history = [version('2020-01-01', 'a'), version('2021-01-01', 'a,b')];

  it('opens a version for an event dated after the last one, and closes nothing else', () => {
    expect(table(fold(history, '2022-05-01', 'c'))).toEqual([
      ['2020-01-01', 'a'],
      ['2021-01-01', 'a,b'],
      ['2022-05-01', 'a,b,c'],
    ]);
  });

  it('changes the last version for an event on its own day', () => {
    expect(table(fold(history, '2021-01-01', 'c'))).toEqual([
      ['2020-01-01', 'a'],
      ['2021-01-01', 'a,b,c'],
    ]);
  });

  it('re-folds every version from the day of a back-dated event on, splitting the one it falls in', () => {
    expect(table(fold(history, '2020-06-01', 'z'))).toEqual([
      ['2020-01-01', 'a'],
      ['2020-06-01', 'a,z'],
      ['2021-01-01', 'a,b,z'],
    ]);
    expect(table(fold(history, '2019-01-01', 'z'))).toEqual([
      ['2019-01-01', 'z'],
      ['2020-01-01', 'a,z'],
      ['2021-01-01', 'a,b,z'],
    ]);
  });

  it('returns the same versions when the event changes nothing, and drops versions equal to the one before', () => {
    const ignoring = (state: Trail) => state;
    expect(foldAt(history, '2022-01-01', INITIAL, ignoring, (s) => s)).toBe(history);
    // an event that makes every state the same: one version is left
    const flattening = () => 'x';
    expect(table(foldAt(history, '2019-01-01', INITIAL, flattening, (s) => s))).toEqual([
      ['2019-01-01', 'x'],
    ]);
    // an event whose state equals the initial one before the first version opens nothing
    expect(
      table(
        foldAt(
          [],
          '2019-01-01',
          INITIAL,
          () => '',
          (s) => s,
        ),
      ),
    ).toEqual([]);
  });
});
