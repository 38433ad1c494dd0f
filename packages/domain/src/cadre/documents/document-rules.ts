import { invalid, type RuleBook, ruleBook } from '../../shared/rules.js';

const DOCUMENT_RULES = {
  PHOTO_UNCHANGED: invalid('该照片已是档案中的照片', 'This photo is already the one on file'),
  APPOINTMENT_FORM_UNCHANGED: invalid(
    '审批表填写内容与上次相同',
    'The appointment form says the same as when it was last prepared',
  ),
};

export type DocumentRule = keyof typeof DOCUMENT_RULES;
/** The rules of the cadre's documents: the photo on file and the appointment form's own entries. */
export const documentRules: RuleBook<DocumentRule> = ruleBook(DOCUMENT_RULES);
