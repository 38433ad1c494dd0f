import { DomainError, type Locale } from '@cadre/domain';
import type { System } from '../system.js';
import { fromDomainError } from './errors.js';

export interface GatewayContext {
  system: System;
  locale: Locale;
  /** Who acts, written into every event's metadata. Sign-in arrives with the access-control work. */
  actor: string;
}

/** Runs a resolver body, turning a broken domain rule into a coded error in the caller's language. */
export async function inLocale<T>(context: GatewayContext, body: () => Promise<T> | T): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof DomainError) throw fromDomainError(error, context.locale);
    throw error;
  }
}
