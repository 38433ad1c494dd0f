import { cadreRules } from './cadre/cadre-rules.js';
import { documentRules } from './cadre/documents/document-rules.js';
import { electionRules } from './election/election-rules.js';
import { idNumberRules } from './identity/id-number-reservation.js';
import { reminderRules } from './reminder/reminder-rules.js';
import { requestRules } from './request/request-rules.js';
import type { Rule } from './shared/rules.js';
import { FIELD_RULES } from './shared/validation.js';
import { townshipRules } from './township/township-rules.js';
import { trainingRules } from './training/training-rules.js';
import { termRules } from './village/term-rules.js';
import { villageRules } from './village/village-rules.js';

/** The rules of each aggregate, by code: what a client may see in an error's `rule`, besides FIELD_RULES. */
export const AGGREGATE_RULES: Readonly<Record<string, Rule>> = {
  ...townshipRules.rules,
  ...villageRules.rules,
  ...termRules.rules,
  ...electionRules.rules,
  ...cadreRules.rules,
  ...documentRules.rules,
  ...idNumberRules.rules,
  ...trainingRules.rules,
  ...requestRules.rules,
  ...reminderRules.rules,
};

/** Every rule code the domain can report. */
export const RULE_CODES: readonly string[] = [...Object.keys(FIELD_RULES), ...Object.keys(AGGREGATE_RULES)];
