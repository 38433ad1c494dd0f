import type { PersonalKeyVault } from './personal-key-vault.js';

/**
 * Makes the keys that commands arriving together need in one durable write of the vault (one fsync for
 * many registrations, as the event store's group commit does for their events), before they are sealed.
 * A vault without a batch write makes each key as it is first sealed.
 */
export class KeyPreparation {
  private subjects = new Set<string>();
  private waiting: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];

  constructor(private readonly vault: PersonalKeyVault) {}

  prepare(subjects: readonly string[]): Promise<void> {
    const { vault } = this;
    if (subjects.length === 0 || !vault.prepareKeysForSealing) return Promise.resolve();
    return new Promise((resolve, reject) => {
      if (this.waiting.length === 0) setImmediate(() => this.flush());
      for (const subject of subjects) this.subjects.add(subject);
      this.waiting.push({ resolve, reject });
    });
  }

  private flush(): void {
    const subjects = [...this.subjects];
    const waiting = this.waiting;
    this.subjects = new Set();
    this.waiting = [];
    try {
      this.vault.prepareKeysForSealing!(subjects);
    } catch (error) {
      for (const waiter of waiting) waiter.reject(error);
      return;
    }
    for (const waiter of waiting) waiter.resolve();
  }
}
