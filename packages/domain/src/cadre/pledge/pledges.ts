import { ensureNotBefore, ensureNotInFuture } from '../../shared/business-date.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import type { CadreState, Pledge } from '../cadre-state.js';

export const pledgeOf = (cadre: CadreState, year: number): Pledge | undefined =>
  cadre.pledges.find((p) => p.year === year);

/**
 * The pledge a mid-year report or a year-end evaluation is about: made, not yet evaluated, and the step
 * dated between the pledge and today.
 */
export function openPledge(
  cadre: CadreState,
  year: number,
  date: string,
  dateField: string,
  now: Date,
): Pledge {
  ensureCadreRegistered(cadre);
  const pledge = pledgeOf(cadre, year);
  cadreRules.ensure(pledge, 'PLEDGE_NOT_MADE', 'year');
  cadreRules.ensure(!pledge.evaluation, 'PLEDGE_ALREADY_EVALUATED', 'year');
  ensureNotInFuture(date, dateField, now);
  ensureNotBefore(date, pledge.madeOn, dateField);
  return pledge;
}
