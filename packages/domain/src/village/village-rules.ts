import { alreadyDone, conflicting, invalid, missing, type RuleBook, ruleBook } from '../shared/rules.js';
import type { VillageState } from './village-state.js';

const village = { zh: '村（社区）', en: 'village' };
const earlyWarning = { zh: '苗头性倾向性问题', en: 'early warning' };

const VILLAGE_RULES = {
  VILLAGE_NOT_FOUND: missing(village),
  VILLAGE_ALREADY_REGISTERED: alreadyDone(village, { zh: '登记', en: 'registered' }),
  VILLAGE_NOT_IN_TOWNSHIP: invalid(
    '该村（社区）不属于所选的镇',
    'The village does not belong to this township',
  ),
  COMMITTEE_REVIEW_ALREADY_RECORDED: conflicting(
    '该期次的班子运行分析已记录',
    'A committee review is already recorded for this period',
  ),
  EARLY_WARNING_ALREADY_RECORDED: alreadyDone(earlyWarning, { zh: '记录', en: 'recorded' }),
  EARLY_WARNING_NOT_FOUND: missing(earlyWarning),
  EARLY_WARNING_ALREADY_RESOLVED: alreadyDone(earlyWarning, { zh: '整改销号', en: 'resolved' }),
  SEAT_TAKEN: conflicting(
    '该职务已有人担任，须先办理离任',
    'Someone already holds this seat; record their departure first',
  ),
};
export type VillageRule = keyof typeof VILLAGE_RULES;
export const villageRules: RuleBook<VillageRule> = ruleBook(VILLAGE_RULES);

export type RegisteredVillage = VillageState & { villageId: string; townshipId: string };

export function ensureVillageRegistered(
  village: VillageState,
  field = 'villageId',
): asserts village is RegisteredVillage {
  villageRules.ensure(village.registered, 'VILLAGE_NOT_FOUND', field);
}
