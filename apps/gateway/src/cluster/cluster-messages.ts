import type { CommandMetadata, CommandResult } from '@cadre/application';
import { DomainError } from '@cadre/domain';
import { EventStoreUnavailableError, type UnavailableReason } from '@cadre/event-store';

/**
 * What the writer and its readers tell each other over the cluster's IPC channel (advanced serialization:
 * bigints and dates cross as they are).
 */
export type ReaderMessage =
  | { kind: 'ready'; port: number }
  /** The reader could not start (e.g. the port is taken): it exits after this. */
  | { kind: 'failed'; error: string }
  | { kind: 'execute'; id: number; name: string; input: unknown; metadata: CommandMetadata }
  /** Tokens of a client's rate limit, out of the writer's budget (cluster/leased-token-buckets.ts). */
  | { kind: 'lease'; id: number; key: string; capacity: number; wanted: number }
  /** The reader's answer-cache counts, when the writer asked for them (a benchmark's hit rate). */
  | { kind: 'answer-cache-counts'; counts: AnswerCacheCounts };

export interface AnswerCacheCounts {
  hits: number;
  misses: number;
  stored: number;
}

export type WriterMessage =
  | { kind: 'executed'; id: number; result: CommandResult }
  | { kind: 'refused'; id: number; error: CarriedError }
  | { kind: 'leased'; id: number; granted: number; retryAfterMs: number }
  /** The read-model file has applied every event up to `position`. */
  | { kind: 'checkpoint'; position: bigint }
  | { kind: 'tell-answer-cache-counts' };

/** An error as it crosses processes: enough to rebuild the classes the GraphQL layer answers codes for. */
export interface CarriedError {
  name: string;
  message: string;
  kind?: DomainError['kind'];
  rule?: string;
  messages?: DomainError['messages'];
  field?: string;
  reason?: UnavailableReason;
}

export function carryError(error: unknown): CarriedError {
  if (error instanceof DomainError) {
    return {
      name: error.name,
      message: error.message,
      kind: error.kind,
      rule: error.rule,
      messages: error.messages,
      ...(error.field ? { field: error.field } : {}),
    };
  }
  if (error instanceof EventStoreUnavailableError) {
    return { name: error.name, message: error.message, reason: error.reason };
  }
  return { name: 'Error', message: error instanceof Error ? error.message : String(error) };
}

export function rebuildError(carried: CarriedError): Error {
  if (carried.name === 'DomainError' && carried.kind && carried.rule && carried.messages) {
    return new DomainError(carried.kind, carried.rule, carried.messages, carried.field);
  }
  if (carried.name === 'EventStoreUnavailableError') {
    return new EventStoreUnavailableError(carried.message, carried.reason);
  }
  return new Error(carried.message);
}
