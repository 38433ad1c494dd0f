import { z } from 'zod';
import type { Localized } from '../shared/localized.js';

/** Who answers for an item: the township organization office, and the village secretary of its village. */
export const reminderAudience = z.enum(['OFFICE', 'VILLAGE']);
export type ReminderAudience = z.infer<typeof reminderAudience>;

export interface DueRule {
  /** The rule in both languages: why the item is due. */
  wording: Localized;
  /** Whom a reminder of it goes to. */
  audience: readonly ReminderAudience[];
}

const OFFICE_AND_VILLAGE: readonly ReminderAudience[] = ['OFFICE', 'VILLAGE'];
const OFFICE: readonly ReminderAudience[] = ['OFFICE'];

/**
 * The township's calendar: each thing that can fall due, by a stable code. The due list computes items
 * of these rules; reminders name them.
 */
export const DUE_RULES = {
  TERM_ENDING: {
    wording: {
      zh: '村"两委"任期即将届满，请筹备换届',
      en: "The committees' term ends soon: prepare the 换届",
    },
    audience: OFFICE_AND_VILLAGE,
  },
  ELECTION_CANDIDATE_NOT_REVIEWED: {
    wording: {
      zh: '换届候选人尚未完成资格联审',
      en: 'A 换届 candidate has no concluded qualification review',
    },
    audience: OFFICE,
  },
  PLEDGE_PROGRESS_MISSING: {
    wording: { zh: '6月30日后仍未报告年中践诺', en: 'No mid-year pledge progress reported after 30 June' },
    audience: OFFICE_AND_VILLAGE,
  },
  PLEDGE_EVALUATION_MISSING: {
    wording: { zh: '年度承诺到年底仍未评诺', en: 'The pledge was not evaluated by the end of its year' },
    audience: OFFICE_AND_VILLAGE,
  },
  ADMONISHMENT_NOT_HELD: {
    wording: {
      zh: '民主测评"不称职"票达到比例，应约谈尚未约谈',
      en: 'An admonishment talk is due (incompetent votes at the threshold) and not held',
    },
    audience: OFFICE,
  },
  QUALIFICATION_REVIEW_OVERDUE: {
    wording: { zh: '资格联审超过规定天数仍未结束', en: 'A qualification review is open longer than allowed' },
    audience: OFFICE,
  },
  EARLY_WARNING_OPEN: {
    wording: {
      zh: '苗头性、倾向性问题尚未整改销号',
      en: 'An early-warning issue has no corrective action yet',
    },
    audience: OFFICE_AND_VILLAGE,
  },
  SERVICE_REQUEST_OVERDUE: {
    wording: {
      zh: '群众诉求超过规定天数仍未办结',
      en: 'A service request is unresolved longer than allowed',
    },
    audience: OFFICE_AND_VILLAGE,
  },
  RESERVE_CADRE_AGE: {
    wording: { zh: '后备干部已达到年龄界限', en: 'A reserve cadre reached the age threshold' },
    audience: OFFICE_AND_VILLAGE,
  },
  COMMITTEE_MEMBER_AGE: {
    wording: { zh: '"两委"成员已达到年龄界限', en: 'A committee member reached the age threshold' },
    audience: OFFICE_AND_VILLAGE,
  },
} as const satisfies Record<string, DueRule>;

export type DueRuleCode = keyof typeof DUE_RULES;
export const DUE_RULE_CODES = Object.keys(DUE_RULES) as DueRuleCode[];
export const dueRuleCode = z.enum(DUE_RULE_CODES as [DueRuleCode, ...DueRuleCode[]]);
