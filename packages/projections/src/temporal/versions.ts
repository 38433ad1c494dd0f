/** One state of an entity and the first day it holds (it holds until the next version's day). */
export interface Version<State> {
  from: string;
  state: State;
  /** The state as stored: two versions are the same when this is. */
  json: string;
}

/** The state after one event, or the same object when the event changed nothing that is versioned. */
export type Step<State> = (state: State) => Version<State>['state'];

/**
 * The versions after an event dated `day` that comes after every event already folded (the next position).
 * A state as of day D is the fold, in position order, of the events dated D or earlier, so the event
 * changes every version from `day` on, each by folding it last onto that version's state: the usual event,
 * dated at or after the last version, changes the last one or opens a new one; a back-dated one re-folds
 * the versions from its day on. Versions equal to the one before them are dropped. Returns the same array
 * when nothing changed.
 */
export function foldAt<State>(
  versions: readonly Version<State>[],
  day: string,
  initial: Version<State>,
  step: Step<State>,
  serialize: (state: State) => string,
): readonly Version<State>[] {
  let first = versions.length;
  while (first > 0 && versions[first - 1]!.from > day) first--;
  const cover = versions[first - 1] ?? initial;
  const stepped = (version: Version<State>, from: string): Version<State> => {
    const state = step(version.state);
    if (state === version.state) return from === version.from ? version : { ...version, from };
    const json = serialize(state);
    return json === version.json ? { ...version, from } : { from, state, json };
  };
  const opened = stepped(cover, day);
  if (first === versions.length && opened.json === cover.json) return versions;
  const result = versions.slice(0, cover.from === day && first > 0 ? first - 1 : first);
  const candidates = [opened, ...versions.slice(first).map((later) => stepped(later, later.from))];
  for (const version of candidates) {
    const previous = result.at(-1) ?? initial;
    if (version.json !== previous.json) result.push(version);
  }
  return result;
}
