import type { z } from 'zod';
import { DomainError } from './domain-error.js';
import { labelOf } from './field-labels.js';
import type { Localized } from './localized.js';

/**
 * Rules about a single input field. Custom refinements name their rule in the issue's message; this
 * catalogue says it in both languages. `{field}` is replaced by the field's label.
 */
export const FIELD_RULES = {
  REQUIRED: { zh: '{field}不能为空', en: '{field} is required' },
  INVALID_TYPE: { zh: '{field}的类型不正确', en: '{field} has the wrong type' },
  TOO_LONG: { zh: '{field}过长', en: '{field} is too long' },
  TOO_SMALL: { zh: '{field}小于允许的最小值', en: '{field} is below the allowed minimum' },
  TOO_LARGE: { zh: '{field}大于允许的最大值', en: '{field} is above the allowed maximum' },
  INVALID_VALUE: { zh: '{field}不是允许的取值', en: '{field} is not one of the allowed values' },
  INVALID_UUID: { zh: '{field}不是有效的编号', en: '{field} is not a valid id' },
  INVALID_DATE: {
    zh: '{field}不是有效日期（格式 yyyy-mm-dd）',
    en: '{field} is not a real date (yyyy-mm-dd)',
  },
  DATE_IN_FUTURE: { zh: '{field}不能晚于今天', en: '{field} cannot be in the future' },
  INVALID_COMMAND_ID: {
    zh: '命令编号须为 8 到 100 个字母、数字或 . _ : -（建议使用 UUID）',
    en: 'A command id is 8 to 100 letters, digits or . _ : - (a UUID is best)',
  },
  TEXT_CHARACTERS: {
    zh: '{field}含有不允许的字符（控制字符、方向控制符或不成对的代理项）',
    en: '{field} contains characters that are not allowed (controls, direction overrides or lone surrogates)',
  },
  DATE_OUT_OF_ORDER: {
    zh: '{field}不能早于它所接续的日期',
    en: '{field} cannot be earlier than the date it follows',
  },
  YEAR_IN_FUTURE: { zh: '{field}不能晚于今年', en: '{field} cannot be after the current year' },
  DUPLICATE_ENTRY: { zh: '{field}中有重复项', en: '{field} lists something twice' },
  NOTHING_TO_CHANGE: { zh: '{field}中没有任何内容', en: '{field} contains nothing' },
  ID_NUMBER_FORMAT: {
    zh: '身份证号应为18位，前17位为数字，末位为数字或X',
    en: 'An ID number has 18 characters: 17 digits, then a digit or X',
  },
  ID_NUMBER_CHECK_DIGIT: {
    zh: '身份证号校验码错误（GB 11643）',
    en: 'The ID number fails its check digit (GB 11643)',
  },
  ID_NUMBER_AREA_CODE: {
    zh: '身份证号前6位不是有效的行政区划代码（GB/T 2260）',
    en: 'The first six digits of the ID number are not an administrative division code (GB/T 2260)',
  },
  PHONE_FORMAT: {
    zh: '手机号码应为11位大陆手机号',
    en: 'A phone number must be an 11-digit mainland mobile number',
  },
  PHOTO_URL_FORMAT: {
    zh: '照片地址应为 http(s) 网址或以 / 开头的路径',
    en: 'A photo address is an http(s) URL or a path starting with /',
  },
  PHOTO_HASH_FORMAT: {
    zh: '照片应以其 SHA-256 摘要（64位小写十六进制）指明',
    en: 'A photo is named by its SHA-256 digest (64 lower-case hex digits)',
  },
  DEPARTMENT_CODE_FORMAT: {
    zh: '部门代码应为大写字母和下划线，如 PUBLIC_SECURITY',
    en: 'A department code is capital letters and underscores, e.g. PUBLIC_SECURITY',
  },
  POSITION_NOT_ON_COMMITTEE: {
    zh: '{field}不属于所选的班子',
    en: '{field} does not belong to the chosen committee',
  },
  VOTES_ONLY_FOR_APPRAISAL: {
    zh: '只有民主测评才记录{field}',
    en: '{field} are recorded for a democratic appraisal only',
  },
  NO_VOTES: { zh: '{field}总数不能为零', en: '{field} cannot all be zero' },
  REJECTION_NEEDS_NOTE: {
    zh: '不通过时须在{field}中说明理由',
    en: 'A rejection must give its grounds in {field}',
  },
  MENTOR_IS_MENTEE: {
    zh: '{field}不能是被帮带的干部本人，也不能重复',
    en: '{field} cannot be the mentored cadre or repeat another mentor',
  },
  UNKNOWN_FIELD: { zh: '不认识的字段 {field}', en: 'Unknown field {field}' },
} as const satisfies Record<string, Localized>;

export type FieldRule = keyof typeof FIELD_RULES;

const isFieldRule = (code: string): code is FieldRule => Object.hasOwn(FIELD_RULES, code);

export function ruleMessage(rule: string, field: string): Localized {
  const template: Localized = isFieldRule(rule) ? FIELD_RULES[rule] : FIELD_RULES.INVALID_VALUE;
  const label = labelOf(field);
  return {
    zh: template.zh.replaceAll('{field}', label.zh),
    en: template.en.replaceAll('{field}', label.en).replace(/^./, (c) => c.toUpperCase()),
  };
}

const isCollection = (origin: string) => origin === 'string' || origin === 'array' || origin === 'set';

function ruleOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'custom':
      return issue.message;
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'REQUIRED' : 'INVALID_TYPE';
    case 'too_small':
      return isCollection(issue.origin) ? 'REQUIRED' : 'TOO_SMALL';
    case 'too_big':
      return isCollection(issue.origin) ? 'TOO_LONG' : 'TOO_LARGE';
    case 'invalid_format':
      return issue.format === 'uuid' ? 'INVALID_UUID' : 'INVALID_VALUE';
    case 'unrecognized_keys':
      return 'UNKNOWN_FIELD';
    default:
      return 'INVALID_VALUE';
  }
}

/** Parses a command's input at the boundary; the first problem becomes a DomainError naming field and rule. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  // Without the input in the issue, a wrong type could not be told from a missing value.
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
  const field = path.map(String).join('.');
  const rule = ruleOf(issue);
  throw new DomainError('BAD_USER_INPUT', rule, ruleMessage(rule, field), field);
}
