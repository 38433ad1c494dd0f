import { DomainError, type ErrorKind } from './domain-error.js';
import type { Localized } from './localized.js';

/** A rule of the domain: how its breach reads to a caller (the error kind) and to a user. */
export interface Rule {
  readonly kind: ErrorKind;
  readonly messages: Localized;
}

export const invalid = (zh: string, en: string): Rule => ({ kind: 'BAD_USER_INPUT', messages: { zh, en } });

export const conflicting = (zh: string, en: string): Rule => ({ kind: 'CONFLICT', messages: { zh, en } });

/** The name of a thing the ledger keeps, for rules that share a shape across things. */
export type Thing = Localized;

/** "找不到该干部" / "No such cadre". */
export const missing = (thing: Thing): Rule => ({
  kind: 'NOT_FOUND',
  messages: { zh: `找不到该${thing.zh}`, en: `No such ${thing.en}` },
});

/** "该干部已登记" / "This cadre is already registered". */
export const alreadyDone = (thing: Thing, done: Localized): Rule =>
  conflicting(`该${thing.zh}已${done.zh}`, `This ${thing.en} is already ${done.en}`);

/** The rules of one aggregate, by their stable codes, and how `decide` breaks off on a breach. */
export interface RuleBook<Code extends string> {
  readonly rules: Readonly<Record<Code, Rule>>;
  fail(code: Code, field?: string): never;
  ensure(condition: unknown, code: Code, field?: string): asserts condition;
}

export function ruleBook<Code extends string>(rules: Record<Code, Rule>): RuleBook<Code> {
  const fail = (code: Code, field?: string): never => {
    const rule = rules[code];
    throw new DomainError(rule.kind, code, rule.messages, field);
  };
  return {
    rules,
    fail,
    ensure(condition: unknown, code: Code, field?: string): asserts condition {
      if (!condition) fail(code, field);
    },
  };
}
