import { randomBytes } from 'node:crypto';

/**
 * The keys of persons' identifying data, one per person, kept outside the event store: deleting a key is
 * what erases the person (the events stay, their sealed fields can no longer be read).
 */
export interface PersonalKeyVault {
  /** The person's key, made on first use; undefined once erased (nothing new is sealed for them then). */
  keyForSealing(subject: string): Buffer | undefined;
  /** The person's key, or undefined: never made, or erased. */
  keyFor(subject: string): Buffer | undefined;
  /** Deletes the key for good. */
  erase(subject: string): void;
  /**
   * Makes the keys of these persons (those without one, never erased) in one durable write, so that
   * sealing them next needs no write of its own: how a vault on disk shares one fsync among commands.
   */
  prepareKeysForSealing?(subjects: readonly string[]): void;
}

/** Keys in this process only: for tests and throw-away systems (":memory:"). */
export class InMemoryKeyVault implements PersonalKeyVault {
  private readonly keys = new Map<string, Buffer | null>();

  keyForSealing(subject: string): Buffer | undefined {
    if (!this.keys.has(subject)) this.keys.set(subject, randomBytes(32));
    return this.keys.get(subject) ?? undefined;
  }

  keyFor(subject: string): Buffer | undefined {
    return this.keys.get(subject) ?? undefined;
  }

  erase(subject: string): void {
    this.keys.set(subject, null);
  }
}
