import type { Localized } from '../shared/localized.js';
import {
  alreadyDone,
  conflicting,
  invalid,
  missing,
  type Rule,
  type RuleBook,
  ruleBook,
  type Thing,
} from '../shared/rules.js';
import type { CadreState } from './cadre-state.js';
import type { CadreProfile } from './profile/cadre-profile.js';

const cadre = { zh: '干部', en: 'cadre' };
const review = { zh: '资格审查', en: 'qualification review' };

/** "该年度的承诺已作出" / "The pledge for this year is already made". */
const oncePerYear = (thing: Thing, done: Localized): Rule =>
  conflicting(`该年度的${thing.zh}已${done.zh}`, `The ${thing.en} for this year is already ${done.en}`);

const CADRE_RULES = {
  CADRE_NOT_FOUND: missing(cadre),
  CADRE_ALREADY_REGISTERED: alreadyDone(cadre, { zh: '登记', en: 'registered' }),
  ID_NUMBER_BIRTH_DATE_MISMATCH: invalid(
    '出生日期与身份证号不一致',
    'The birth date does not match the ID number',
  ),
  ID_NUMBER_GENDER_MISMATCH: invalid('性别与身份证号不一致', 'The gender does not match the ID number'),
  HIGHEST_EDUCATION_TOO_LOW: invalid(
    '最高学历不能低于全日制或在职教育的学历',
    'The highest education level cannot be below the full-time or on-the-job one',
  ),
  PROFILE_UNCHANGED: invalid('更正内容与现有档案相同', 'The correction changes nothing in the file'),
  PERSONAL_DATA_ALREADY_ERASED: alreadyDone(
    { zh: '干部的个人信息', en: "cadre's personal data" },
    { zh: '删除', en: 'erased' },
  ),

  QUALIFICATION_REVIEW_REQUIRED: invalid(
    '凡进必审：该干部还没有已完成的资格审查',
    'Every entrant is reviewed: this cadre has no concluded qualification review',
  ),
  QUALIFICATION_REVIEW_REJECTED: invalid(
    '该干部最近一次资格审查未通过',
    "The cadre's latest qualification review was not approved",
  ),
  QUALIFICATION_REVIEW_FOR_OTHER_VILLAGE: invalid(
    '该干部的资格审查是针对另一个村（社区）的',
    "The cadre's qualification review was for another village",
  ),
  QUALIFICATION_REVIEW_FOR_OTHER_SEAT: invalid(
    '该干部的资格审查是针对另一个职务的，任职须与审查的班子和职务一致',
    "The cadre's qualification review was for another seat: an appointment must be to the committee and position reviewed",
  ),
  POSTS_IN_ONE_VILLAGE: invalid(
    '干部的所有职务须在同一个村（社区）',
    "All of a cadre's posts must be in one village",
  ),
  ALREADY_HOLDS_POST: conflicting('该干部已担任此职务', 'The cadre already holds this post'),
  NOT_HOLDING_POST: invalid('该干部未担任此职务', 'The cadre does not hold this post'),

  ALREADY_RESERVE_CADRE: alreadyDone(cadre, { zh: '纳入后备干部', en: 'a reserve cadre' }),
  NOT_A_RESERVE_CADRE: invalid('该干部不是后备干部', 'The cadre is not a reserve cadre'),
  TIER_UNCHANGED: invalid('后备干部已在该梯队', 'The reserve cadre is already in this tier'),
  MENTOR_NOT_SECRETARY: invalid(
    '帮带书记须是该后备干部所在村（社区）的现任党组织书记',
    "The mentoring secretary must be the current party secretary of the reserve cadre's village",
  ),

  REVIEW_ALREADY_OPEN: conflicting(
    '该干部已有一项进行中的资格审查',
    'The cadre already has a qualification review in progress',
  ),
  REVIEW_ID_TAKEN: alreadyDone(review, { zh: '发起', en: 'opened' }),
  REVIEW_NOT_FOUND: missing(review),
  REVIEW_ALREADY_CONCLUDED: alreadyDone(review, { zh: '办结', en: 'concluded' }),
  DEPARTMENT_NOT_IN_REVIEW: invalid('该部门不参加本次联审', 'This department takes no part in this review'),
  VERDICT_ALREADY_RECORDED: conflicting(
    '该部门已给出审查意见',
    'This department has already given its verdict',
  ),
  VERDICTS_MISSING: invalid(
    '还有部门未给出审查意见，不能办结',
    'A department has yet to give its verdict; the review cannot be concluded',
  ),

  TRAINING_ALREADY_RECORDED: conflicting(
    '该干部的这次培训已记录',
    "This training is already on the cadre's file",
  ),
  NOT_PARTY_SECRETARY: invalid(
    '政治画像只为现任党组织书记绘制',
    'A political portrait is drawn for a sitting party secretary only',
  ),
  PORTRAIT_BASIS_NOT_RECORDED: invalid(
    '画像依据的谈话、走访或测评尚未记录',
    'The talk, visit or appraisal the portrait is based on is not recorded',
  ),
  ALREADY_ENROLLED: conflicting(
    '该干部已在读一个学历教育项目',
    'The cadre is already enrolled in a programme',
  ),
  NOT_ENROLLED: invalid('该干部没有在读的学历教育项目', 'The cadre is not enrolled in any programme'),

  PLEDGE_ALREADY_MADE: oncePerYear({ zh: '承诺', en: 'pledge' }, { zh: '作出', en: 'made' }),
  PLEDGE_NOT_MADE: invalid('该年度尚未作出承诺', 'No pledge was made for this year'),
  PLEDGE_ALREADY_EVALUATED: oncePerYear({ zh: '承诺', en: 'pledge' }, { zh: '评议', en: 'evaluated' }),
  HONOR_ALREADY_RECORDED: conflicting('该荣誉已记录', 'This honor is already recorded'),
  ASSESSMENT_ALREADY_RECORDED: oncePerYear(
    { zh: '综合考评', en: 'annual assessment' },
    { zh: '记录', en: 'recorded' },
  ),
  BENEFIT_ALREADY_GRANTED: oncePerYear({ zh: '此项保障', en: 'benefit' }, { zh: '落实', en: 'granted' }),
  NOT_IN_OFFICE: invalid('该干部目前未担任任何职务', 'The cadre holds no post at present'),
};
export type CadreRule = keyof typeof CADRE_RULES;
export const cadreRules: RuleBook<CadreRule> = ruleBook(CADRE_RULES);

export type RegisteredCadre = CadreState & { cadreId: string; profile: CadreProfile };

export function ensureCadreRegistered(
  cadre: CadreState,
  field = 'cadreId',
): asserts cadre is RegisteredCadre {
  cadreRules.ensure(cadre.registered, 'CADRE_NOT_FOUND', field);
}
