import { deterministicUuid } from '@cadre/application';
import type { CommandName } from '@cadre/domain';
import type { DerivedId } from '../generated/resolvers.js';

/**
 * An id of a new entity that the input may leave out. `path` is where it goes in the input (`*` stands for
 * every item of a list); `what` names the entity in the derivation.
 */
export interface IdDerivation {
  path: string;
  what: string;
}

/** The commands that create something, and the ids the gateway fills in for them when the client did not. */
export const DERIVED_IDS: Partial<Record<CommandName, readonly IdDerivation[]>> = {
  RegisterTownship: [{ path: 'townshipId', what: 'township' }],
  RegisterVillage: [{ path: 'villageId', what: 'village' }],
  RecordCommitteeReview: [{ path: 'earlyWarnings.*.issueId', what: 'early-warning' }],
  RegisterCadre: [{ path: 'cadreId', what: 'cadre' }],
  OpenQualificationReview: [{ path: 'reviewId', what: 'qualification-review' }],
  ScheduleTraining: [{ path: 'trainingId', what: 'training' }],
  RaiseServiceRequest: [{ path: 'requestId', what: 'request' }],
  StartGeneralElection: [{ path: 'electionId', what: 'general-election' }],
  RegisterElectionCandidate: [{ path: 'reviewId', what: 'qualification-review' }],
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where the walk is: the dotted path so far, and the indexes of the list items passed through. */
interface Place {
  at: string[];
  indexes: string[];
}

/** Puts `newId(place)` at the end of `segments` wherever nothing is there yet. */
function fillPath(
  value: unknown,
  segments: string[],
  place: Place,
  newId: (place: Place) => string,
): unknown {
  const [segment, ...rest] = segments;
  if (segment === undefined) return value;
  if (segment === '*') {
    if (!Array.isArray(value)) return value;
    return value.map((item, i) =>
      fillPath(item, rest, { at: [...place.at, String(i)], indexes: [...place.indexes, String(i)] }, newId),
    );
  }
  if (!isRecord(value)) return value;
  const next = { at: [...place.at, segment], indexes: place.indexes };
  if (rest.length > 0) return { ...value, [segment]: fillPath(value[segment], rest, next, newId) };
  return value[segment] === undefined ? { ...value, [segment]: newId(next) } : value;
}

/**
 * Fills the ids the input leaves out with `deterministicUuid(commandId, what, …list indexes)`, so that a
 * retried command (same command id) gets the same ids. Answers the input filled in and what was filled.
 */
export function fillDerivedIds(
  input: object,
  commandId: string,
  derivations: readonly IdDerivation[],
): { input: unknown; derivedIds: DerivedId[] } {
  const derivedIds: DerivedId[] = [];
  let filled: unknown = input;
  for (const { path, what } of derivations) {
    filled = fillPath(filled, path.split('.'), { at: [], indexes: [] }, ({ at, indexes }) => {
      const id = deterministicUuid(commandId, what, ...indexes);
      derivedIds.push({ field: at.join('.'), id });
      return id;
    });
  }
  return { input: filled, derivedIds };
}
