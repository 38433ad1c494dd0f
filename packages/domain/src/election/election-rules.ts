import { alreadyDone, conflicting, invalid, missing, type RuleBook, ruleBook } from '../shared/rules.js';

const election = { zh: '换届', en: 'general election' };
const candidate = { zh: '候选人', en: 'candidate' };

const ELECTION_RULES = {
  GENERAL_ELECTION_ALREADY_OPEN: conflicting(
    '本镇已有一次换届正在进行，须先完成',
    'A general election is already under way in this township; conclude it first',
  ),
  GENERAL_ELECTION_ID_TAKEN: conflicting('该换届编号已被使用', 'This election id is taken'),
  GENERAL_ELECTION_NOT_FOUND: missing(election),
  GENERAL_ELECTION_CONCLUDED: alreadyDone(election, { zh: '完成', en: 'concluded' }),
  VILLAGE_NOT_IN_ELECTION: invalid(
    '该村（社区）不在本次换届之中',
    'This village is not part of the general election',
  ),
  VILLAGE_ELECTION_CONCLUDED: conflicting(
    '该村（社区）的换届已完成',
    "This village's election is already concluded",
  ),
  ELECTION_CANDIDATE_ALREADY_REGISTERED: alreadyDone(candidate, { zh: '登记', en: 'registered' }),
  ELECTION_CANDIDATE_NOT_FOUND: missing(candidate),
  ELECTION_RESULT_ALREADY_RECORDED: conflicting(
    '该候选人的选举结果已登记',
    "This candidate's result is already recorded",
  ),
  ELECTION_CANDIDATE_NOT_REVIEWED: conflicting(
    '候选人的资格联审尚未办结，不能登记选举结果',
    "The candidate's qualification review is not concluded; no result can be recorded",
  ),
  ELECTION_CANDIDATES_PENDING: conflicting(
    '尚有候选人未办结资格联审或未登记选举结果，不能完成换届',
    'Some candidates have no concluded review or no recorded result; the election cannot conclude',
  ),
  ELECTION_INCUMBENT_UNDECIDED: conflicting(
    '尚有现任成员既未当选也未办理届满离任，不能完成换届',
    'A sitting member was neither elected nor recorded as leaving at the end of the term',
  ),
  ELECTION_WITHOUT_CANDIDATES: invalid(
    '该村（社区）没有登记任何候选人',
    'No candidate is registered for this village',
  ),
};
export type ElectionRule = keyof typeof ELECTION_RULES;
export const electionRules: RuleBook<ElectionRule> = ruleBook(ELECTION_RULES);
