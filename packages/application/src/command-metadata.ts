/** What the caller says about a command besides its input. */
export interface CommandMetadata {
  /** The client's id for this command; a retry with the same id writes nothing twice. */
  commandId: string;
  actor: string;
  correlationId?: string;
  causationId?: string;
  reason?: string;
}

export interface CommandResult {
  commandId: string;
  /** Global position of the last event written: read models at or past it reflect the command. */
  position: bigint;
  /** How many events the command wrote (0 for a recognised retry). */
  eventCount: number;
  /** True when the command id had already been handled: nothing new was written. */
  duplicate: boolean;
  /** The id of each stream the command decided on, e.g. `{ cadre: '…' }`. */
  ids: Record<string, string>;
}
