/**
 * How a folded state differs from the state of an earlier snapshot of the same stream. `evolve` mostly
 * appends to arrays (trainings, talks, honors…) and keeps the items already there, so a patch lists only
 * the new items of an array that grew: a stream's snapshots together hold each item about once, where
 * whole states would hold it once per later snapshot.
 */
export interface StatePatch {
  /** A state that is not a plain object is kept whole. */
  whole?: unknown;
  /** Keys whose value is new. */
  set?: Record<string, unknown>;
  /** Arrays that only grew: the items added at their end. */
  append?: Record<string, unknown[]>;
  /** Keys no longer there. */
  unset?: string[];
}

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when `after` starts with the very items of `before` (the same objects: nothing was rewritten). */
function grewFrom(before: unknown, after: unknown[]): before is unknown[] {
  if (!Array.isArray(before) || before.length > after.length) return false;
  for (let i = 0; i < before.length; i++) if (before[i] !== after[i]) return false;
  return true;
}

/** The patch that turns `before` (undefined: nothing yet) into `after`. */
export function diffState(before: unknown, after: unknown): StatePatch {
  if (!isPlain(after) || (before !== undefined && !isPlain(before))) return { whole: after };
  const previous: Plain = before ?? {};
  const patch: Required<Omit<StatePatch, 'whole'>> = { set: {}, append: {}, unset: [] };
  for (const [key, value] of Object.entries(after)) {
    if (value === previous[key]) continue;
    if (value === undefined) patch.unset.push(key);
    else if (Array.isArray(value) && grewFrom(previous[key], value))
      patch.append[key] = value.slice(previous[key].length);
    else patch.set[key] = value;
  }
  for (const key of Object.keys(previous))
    if (!(key in after) && previous[key] !== undefined) patch.unset.push(key);
  return patch;
}

/** The state `patch` was taken of, from the state it was taken against (undefined: nothing yet). */
export function patchState(before: unknown, patch: StatePatch): unknown {
  if ('whole' in patch) return patch.whole;
  const state: Plain = { ...(before as Plain | undefined) };
  for (const key of patch.unset ?? []) delete state[key];
  Object.assign(state, patch.set);
  for (const [key, items] of Object.entries(patch.append ?? {}))
    state[key] = [...(state[key] as unknown[]), ...items];
  return state;
}
