import type { Localized } from './localized.js';

/**
 * How the outside world should read an error: bad input (a rule or a field), a missing thing,
 * or a clash with what someone else did first. The GraphQL gateway maps these to its codes.
 */
export type ErrorKind = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT';

/** A broken rule or invalid input. Thrown by `decide` or by input validation; nothing is written. */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly kind: ErrorKind,
    /** A stable code naming the rule, e.g. `ID_NUMBER_CHECK_DIGIT`. */
    readonly rule: string,
    readonly messages: Localized,
    /** The input field at fault, as a dotted path (`profile.idNumber`), when there is one. */
    readonly field?: string,
  ) {
    super(`${rule}: ${messages.en}`);
  }
}

export const reject = (rule: string, messages: Localized, field?: string): never => {
  throw new DomainError('BAD_USER_INPUT', rule, messages, field);
};

export const notFound = (rule: string, messages: Localized): never => {
  throw new DomainError('NOT_FOUND', rule, messages);
};

export const conflict = (rule: string, messages: Localized, field?: string): never => {
  throw new DomainError('CONFLICT', rule, messages, field);
};
