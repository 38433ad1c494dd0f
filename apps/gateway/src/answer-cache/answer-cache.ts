import type { AnswerMoment, AnswerValidity } from './answer-validity.js';
import { holdsAt } from './answer-validity.js';

export interface CachedAnswer {
  /**
   * The response body exactly as sent: the text as answered, encoded into bytes once it is served again (most
   * answers never are, and Node encodes a text into the socket's buffer without a Buffer of it in between).
   */
  body: string | Buffer;
  headers: ReadonlyArray<readonly [string, string]>;
  /** What the answer disclosed of personal data (the log's disclosures): each caller served is logged. */
  disclosureIds: readonly number[];
}

/** What an answer takes against `maxBytes`: a text's UTF-8 bytes at most, without encoding it. */
const sizeOf = ({ body }: CachedAnswer) => (typeof body === 'string' ? body.length * 3 : body.byteLength);

interface Entry {
  validity: AnswerValidity;
  answer: CachedAnswer;
}

export interface AnswerCacheLimits {
  maxEntries?: number;
  /** Sum of the bodies' sizes. */
  maxBytes?: number;
  /** Keep every answer only until the next event is applied, whatever it read (the former cache; benchmarks compare). */
  untilAnyEvent?: boolean;
}

/**
 * Finished GraphQL answers, least recently used first out. An answer is served only while what its
 * execution read is unchanged (the versions of the tables it read, the day; see answer-validity.ts): an
 * event that wrote one of those tables makes it unreachable, one that wrote others leaves it in place.
 */
export class AnswerCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  /** Lookups answered, lookups that found nothing valid, and answers kept. */
  readonly counts = { hits: 0, misses: 0, stored: 0 };
  readonly untilAnyEvent: boolean;
  private readonly maxEntries: number;
  private readonly maxBytes: number;

  constructor({ maxEntries = 1000, maxBytes = 32 * 2 ** 20, untilAnyEvent = false }: AnswerCacheLimits = {}) {
    this.untilAnyEvent = untilAnyEvent;
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  get size(): number {
    return this.entries.size;
  }

  lookup(key: string, now: AnswerMoment): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    if (entry) this.remove(key, entry);
    if (!entry || !holdsAt(entry.validity, now)) {
      this.counts.misses++;
      return undefined;
    }
    this.counts.hits++;
    if (typeof entry.answer.body === 'string')
      entry.answer = { ...entry.answer, body: Buffer.from(entry.answer.body) };
    this.entries.set(key, entry);
    this.bytes += sizeOf(entry.answer);
    return entry.answer;
  }

  /** Keeps an answer while what it read holds; one without a validity (it read the accounts) is not kept. */
  store(key: string, validity: AnswerValidity | undefined, answer: CachedAnswer): void {
    const known = this.entries.get(key);
    if (known) this.remove(key, known);
    if (!validity || sizeOf(answer) > this.maxBytes) return;
    this.counts.stored++;
    this.entries.set(key, { validity, answer });
    this.bytes += sizeOf(answer);
    for (const [oldestKey, oldest] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.remove(oldestKey, oldest);
    }
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= sizeOf(entry.answer);
  }
}
