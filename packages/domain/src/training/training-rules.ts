import { alreadyDone, missing, type RuleBook, ruleBook } from '../shared/rules.js';

const training = { zh: '培训', en: 'training session' };

const TRAINING_RULES = {
  TRAINING_NOT_FOUND: missing(training),
  TRAINING_ALREADY_SCHEDULED: alreadyDone(training, { zh: '安排', en: 'scheduled' }),
  TRAINING_ALREADY_HELD: alreadyDone(training, { zh: '举办', en: 'held' }),
};
export type TrainingRule = keyof typeof TRAINING_RULES;
export const trainingRules: RuleBook<TrainingRule> = ruleBook(TRAINING_RULES);
