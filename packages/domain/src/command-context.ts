/** What the outside world passes into `decide`: the domain reads no clock and invents no ids itself. */
export interface CommandContext {
  /** Who is acting: `user:<id>`, `api-key:<id>` or `system`. */
  actor: string;
  /** The current instant, from the caller's clock. */
  now: Date;
  /** The client's id for this command; a retry carries the same one. */
  commandId: string;
}
