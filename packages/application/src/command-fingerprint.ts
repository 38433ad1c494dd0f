import { createHash } from 'node:crypto';
import { canonicalJson } from '@cadre/event-store';

/**
 * What a command id stands for: the command and its input as the caller sent it (before today's date is
 * filled in, so a retry the next day is still the same command). Every event the command writes carries
 * it, so the same id with another input is recognised and refused.
 */
export function commandFingerprint(name: string, input: unknown): string {
  return createHash('sha256').update(name).update('\u0000').update(canonicalJson(input)).digest('base64url');
}
