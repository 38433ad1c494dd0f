import {
  ANY,
  type AppendExpectedRevision,
  NO_STREAM,
  type WrongExpectedVersionError,
} from '@eventstore/db-client';
import { WrongExpectedRevisionError } from '../errors.js';
import type { ExpectedRevision } from '../port.js';

export function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  if (expected === 'no_stream') return NO_STREAM;
  if (expected === 'any') return ANY;
  return BigInt(expected);
}

export function toWrongExpectedRevisionError(
  streamId: string,
  expected: ExpectedRevision,
  error: WrongExpectedVersionError,
): WrongExpectedRevisionError {
  const actual = error.actualVersion === NO_STREAM ? -1 : Number(error.actualVersion);
  return new WrongExpectedRevisionError(streamId, expected, actual);
}
