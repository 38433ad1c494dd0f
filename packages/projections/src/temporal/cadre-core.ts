import { type CadreEvent, type CadreState, cadreAggregate } from '@cadre/domain';
import type { ProjectedEvent } from '../projection.js';
import type { CadreRow } from '../statistics/statistics-rows.js';
import type { Version } from './versions.js';

/**
 * The part of a cadre's folded state the statistics count by and that changes in place: registration,
 * village, profile, posts held, reserve standing. `evolve` computes these keys from these keys alone (the
 * lists it appends to — talks, trainings, honors, benefits, pledges — are kept as dated rows instead, see
 * temporal-projection.ts), so folding an event onto the core with the domain's own `evolve` gives the core
 * of the full fold. Mentors are dropped: no figure reads them and `evolve` never reads them back.
 */
export type CadreCore = Pick<CadreState, 'registered' | 'villageId' | 'profile' | 'currentPosts' | 'reserve'>;

const CORE_KEYS = ['registered', 'villageId', 'profile', 'currentPosts', 'reserve'] as const;

/** The core keys of a cadre's state, a reserve's mentors left out. */
export function coreOf(state: CadreState): CadreCore {
  const { registered, villageId, profile, currentPosts, reserve } = state;
  return {
    registered,
    villageId,
    profile,
    currentPosts,
    reserve: reserve && { ...reserve, mentors: undefined },
  };
}

const serialized = new WeakMap<CadreCore, string>();

/** The core as stored; a state both clocks share is serialized once. */
export function serializeCore(core: CadreCore): string {
  let json = serialized.get(core);
  if (json === undefined) {
    json = JSON.stringify(core);
    serialized.set(core, json);
  }
  return json;
}

const initialCore = coreOf(cadreAggregate.initialState);

/** No version yet: the cadre's state before any event, not registered. */
export const INITIAL_CADRE_VERSION: Version<CadreCore> = {
  from: '',
  state: initialCore,
  json: serializeCore(initialCore),
};

/**
 * The cadre events whose `evolve` may change a core key. Every other one only appends to the lists the
 * temporal read models keep as dated rows (or sets keys no figure reads), so folding it is skipped: most of
 * a cadre's history (talks, trainings, pledges, honors) then costs no read and no copy of its versions
 * (temporal-projection.ts folds only these). A property test
 * (cadre-core-events.test.ts) checks every other event of any valid history leaves the core as it was.
 */
export const CORE_EVENT_TYPES: ReadonlySet<string> = new Set([
  'CadreRegistered',
  'CadreProfileCorrected',
  'PersonalDataErased',
  'ReserveCadreEnlisted',
  'ReserveTierChanged',
  'ReserveCadreLeft',
  'CadreAppointed',
  'CadreLeftPost',
  'EducationCompleted',
]);

/** The core after the event: the same object when `evolve` left every core key as it was. */
export function stepCore(core: CadreCore, event: ProjectedEvent): CadreCore {
  const before = { ...cadreAggregate.initialState, ...core };
  const after = cadreAggregate.evolve(before, event as unknown as CadreEvent);
  if (CORE_KEYS.every((key) => after[key] === before[key])) return core;
  return coreOf(after);
}

/** The statistics' columns of a registered cadre's core, as the `cadres` row of the same state has them. */
export function cadreRowOf(cadreId: string, core: CadreCore): CadreRow | null {
  const { profile, reserve } = core;
  if (!core.registered || !profile) return null;
  return {
    cadre_id: cadreId,
    village_id: core.villageId ?? null,
    reserve_village_id: reserve?.villageId ?? null,
    gender: profile.gender,
    ethnicity: profile.ethnicity,
    birth_date: profile.birthDate,
    education_level: profile.educationLevel,
    political_status: profile.politicalStatus,
    reserve_source: reserve?.source ?? null,
    reserve_tier: reserve?.tier ?? null,
  };
}
