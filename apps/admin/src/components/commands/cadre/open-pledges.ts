import type { Dossier, Pledge } from '../../../api/dossier.js';

/** The pledges made and not yet evaluated, newest first. */
export function openPledges(dossier: Dossier): Pledge[] {
  return dossier.pledges.filter((pledge) => !pledge.evaluatedOn).sort((a, b) => b.year - a.year);
}
