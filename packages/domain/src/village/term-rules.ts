import { conflicting, invalid, type RuleBook, ruleBook } from '../shared/rules.js';

const TERM_RULES = {
  TERM_END_BEFORE_START: invalid('任期届满日期须晚于任期开始日期', 'A term must end after it starts'),
  TERM_OVERLAPS: conflicting('该任期与已记录的任期重叠', 'This term overlaps a term already recorded'),
};
export type TermRule = keyof typeof TERM_RULES;
export const termRules: RuleBook<TermRule> = ruleBook(TERM_RULES);
