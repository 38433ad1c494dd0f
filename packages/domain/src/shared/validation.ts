import type { z } from 'zod';
import { DomainError } from './domain-error.js';
import { labelOf } from './field-labels.js';
import type { Localized } from './localized.js';

/**
 * Custom refinements name their rule in the issue's message; this catalogue says it in both languages.
 * `{field}` is replaced by the field's label.
 */
const RULE_MESSAGES: Record<string, Localized> = {
  REQUIRED: { zh: '{field}不能为空', en: '{field} is required' },
  INVALID_TYPE: { zh: '{field}的类型不正确', en: '{field} has the wrong type' },
  TOO_LONG: { zh: '{field}过长', en: '{field} is too long' },
  INVALID_VALUE: { zh: '{field}不是允许的取值', en: '{field} is not one of the allowed values' },
  INVALID_UUID: { zh: '{field}不是有效的编号', en: '{field} is not a valid id' },
  INVALID_DATE: {
    zh: '{field}不是有效日期（格式 yyyy-mm-dd）',
    en: '{field} is not a real date (yyyy-mm-dd)',
  },
  DATE_IN_FUTURE: { zh: '{field}不能晚于今天', en: '{field} cannot be in the future' },
  ID_NUMBER_FORMAT: {
    zh: '身份证号应为18位，前17位为数字，末位为数字或X',
    en: 'An ID number has 18 characters: 17 digits, then a digit or X',
  },
  ID_NUMBER_CHECK_DIGIT: {
    zh: '身份证号校验码错误（GB 11643）',
    en: 'The ID number fails its check digit (GB 11643)',
  },
  PHONE_FORMAT: {
    zh: '手机号码应为11位大陆手机号',
    en: 'A phone number must be an 11-digit mainland mobile number',
  },
  UNKNOWN_FIELD: { zh: '不认识的字段 {field}', en: 'Unknown field {field}' },
};

export function ruleMessage(rule: string, field: string): Localized {
  const template = RULE_MESSAGES[rule] ?? RULE_MESSAGES.INVALID_VALUE!;
  const label = labelOf(field);
  return {
    zh: template.zh.replaceAll('{field}', label.zh),
    en: template.en.replaceAll('{field}', label.en).replace(/^./, (c) => c.toUpperCase()),
  };
}

function ruleOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'custom':
      return issue.message;
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'REQUIRED' : 'INVALID_TYPE';
    case 'too_small':
      return 'REQUIRED';
    case 'too_big':
      return 'TOO_LONG';
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
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
  const field = path.map(String).join('.');
  const rule = ruleOf(issue);
  throw new DomainError('BAD_USER_INPUT', rule, ruleMessage(rule, field), field);
}
