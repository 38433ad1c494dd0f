import { alreadyDone, missing, type RuleBook, ruleBook } from '../shared/rules.js';
import type { TownshipSettings } from './township-settings.js';
import type { TownshipState } from './township-state.js';

const township = { zh: '镇', en: 'township' };

const TOWNSHIP_RULES = {
  TOWNSHIP_NOT_FOUND: missing(township),
  TOWNSHIP_ALREADY_REGISTERED: alreadyDone(township, { zh: '登记', en: 'registered' }),
};
export type TownshipRule = keyof typeof TOWNSHIP_RULES;
export const townshipRules: RuleBook<TownshipRule> = ruleBook(TOWNSHIP_RULES);

export type RegisteredTownship = TownshipState & { townshipId: string; settings: TownshipSettings };

export function ensureTownshipRegistered(
  township: TownshipState,
  field = 'townshipId',
): asserts township is RegisteredTownship {
  townshipRules.ensure(township.registered, 'TOWNSHIP_NOT_FOUND', field);
}
