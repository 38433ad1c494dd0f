import { reject } from './domain-error.js';
import { ruleMessage } from './validation.js';

/** A client's command id: a UUID, or any 8 to 100 letters, digits and . _ : - (no spaces, no controls). */
const COMMAND_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,99}$/;

export function ensureCommandId(commandId: unknown): asserts commandId is string {
  if (typeof commandId !== 'string' || !COMMAND_ID.test(commandId))
    reject('INVALID_COMMAND_ID', ruleMessage('INVALID_COMMAND_ID', 'commandId'), 'commandId');
}
