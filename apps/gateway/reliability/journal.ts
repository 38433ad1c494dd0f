import { randomUUID } from 'node:crypto';
import type { CommandName } from '@cadre/domain';

/** One command a writer sent, under the one command id it keeps for every retry. */
export interface JournalEntry {
  writer: string;
  commandId: string;
  command: CommandName;
  input: object;
  /** `pending` until the gateway answered: a command sent when the gateway died stays pending until retried. */
  state: 'pending' | 'acked' | 'refused';
  /** The rule that refused it. */
  refusedBy?: string;
  /** How often it was sent again with the same id after its answer was lost to a kill. */
  retries: number;
  /** A retry answered `duplicate: true`: it had been stored before the kill, unacknowledged. */
  foundStored: boolean;
}

/** The commands one writer sent and what the gateway answered: what the ledger must show after every crash. */
export class Journal {
  readonly entries: JournalEntry[] = [];

  constructor(readonly writer: string) {}

  begin(command: CommandName, input: object): JournalEntry {
    const entry: JournalEntry = {
      writer: this.writer,
      commandId: randomUUID(),
      command,
      input,
      state: 'pending',
      retries: 0,
      foundStored: false,
    };
    this.entries.push(entry);
    return entry;
  }

  acknowledged(): JournalEntry[] {
    return this.entries.filter((e) => e.state === 'acked');
  }
}
