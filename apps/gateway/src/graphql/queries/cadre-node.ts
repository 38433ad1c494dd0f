import { ageOn, chinaDate } from '@cadre/domain';
import type { CadreDossier, CadreSummary } from '@cadre/projections';
import type { ProtectedCadre } from '../../access/masking.js';

const isDossier = (cadre: CadreSummary): cadre is CadreDossier => 'postHistory' in cadre;

/**
 * A cadre as the GraphQL `Cadre` type starts from: a roster row, or a whole dossier (today's or a past
 * one) whose lists the dossier fields then answer.
 */
export function cadreNode(cadre: CadreSummary | CadreDossier, today = chinaDate(new Date())) {
  if (!Object.isFrozen(cadre)) return nodeOf(cadre, today);
  // A kept summary or dossier is frozen and shared (packages/projections/src/cadres/kept-by-position.ts): its
  // node cannot change either until the day does, so it is built once, frozen, and shared too.
  const kept = nodesOfKept.get(cadre);
  if (kept?.today === today) return kept.node;
  const node = nodeOf(cadre, today);
  // the lists it adds when the profile has none are shared with it
  Object.freeze(node.resume);
  Object.freeze(node.familyMembers);
  nodesOfKept.set(cadre, { today, node: Object.freeze(node) });
  return node;
}

const nodesOfKept = new WeakMap<object, { today: string; node: ReturnType<typeof nodeOf> }>();

function nodeOf(cadre: CadreSummary | CadreDossier, today: string) {
  const { profile } = cadre;
  // Object.assign, not a spread followed by more fields: profiles differ in shape, and V8 answers that
  // spread about six times slower (measured on a 50-row page).
  return Object.assign({}, profile, {
    id: cadre.cadreId,
    age: ageOn(profile.birthDate, today),
    villageId: cadre.villageId,
    posts: cadre.currentPosts,
    reserve: cadre.reserve,
    registeredAt: cadre.registeredAt,
    resume: profile.resume ?? [],
    familyMembers: profile.familyMembers ?? [],
    // Not a field of the SDL's Cadre: the lists of the dossier fields come from here when it is set.
    dossier: isDossier(cadre) ? cadre : undefined,
  });
}

export type CadreNode = ReturnType<typeof cadreNode>;

/** A cadre as answered: sensitive details removed for callers who may not see them. */
export type DisclosedCadre = ProtectedCadre<CadreNode>;
