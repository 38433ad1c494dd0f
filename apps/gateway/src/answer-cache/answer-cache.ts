export interface CachedAnswer {
  /** The response body exactly as sent, encoded once. */
  body: Buffer;
  headers: ReadonlyArray<readonly [string, string]>;
  /** What the answer disclosed of personal data (the log's disclosures): each caller served is logged. */
  disclosureIds: readonly number[];
}

interface Entry {
  generation: string;
  answer: CachedAnswer;
}

export interface AnswerCacheLimits {
  maxEntries?: number;
  /** Sum of the bodies' sizes. */
  maxBytes?: number;
}

/**
 * Finished GraphQL answers, least recently used first out. An answer is valid only for the generation it
 * was computed in (the read models' checkpoint and the day): any applied event makes every older answer
 * unreachable, so nothing stale is ever served.
 */
export class AnswerCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private readonly maxEntries: number;
  private readonly maxBytes: number;

  constructor({ maxEntries = 1000, maxBytes = 32 * 2 ** 20 }: AnswerCacheLimits = {}) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  get size(): number {
    return this.entries.size;
  }

  lookup(key: string, generation: string): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.remove(key, entry);
    if (entry.generation !== generation) return undefined;
    this.entries.set(key, entry);
    this.bytes += entry.answer.body.byteLength;
    return entry.answer;
  }

  store(key: string, generation: string, answer: CachedAnswer): void {
    const known = this.entries.get(key);
    if (known) this.remove(key, known);
    if (answer.body.byteLength > this.maxBytes) return;
    this.entries.set(key, { generation, answer });
    this.bytes += answer.body.byteLength;
    for (const [oldestKey, oldest] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.remove(oldestKey, oldest);
    }
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.answer.body.byteLength;
  }
}
