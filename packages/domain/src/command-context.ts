/** What the outside world passes into `decide`: the domain reads no clock and invents no ids itself. */
export interface CommandContext {
  /** Who is acting: `user:<id>`, `api-key:<id>` or `system`. */
  actor: string;
  /** The current instant, from the caller's clock. */
  now: Date;
  /** The client's id for this command; a retry carries the same one. */
  commandId: string;
  /**
   * Whether a stream the command's `references` name exists (has any event; nothing is ever deleted, so
   * the answer never goes stale). Asking about any other stream is a programming error.
   */
  exists(category: string, id: string): boolean;
}

/** The key of a referenced stream: `<category>-<id>`, as the event store names streams. */
export const referenceKey = (category: string, id: string) => `${category}-${id}`;

/**
 * The streams a command's input names without deciding on them, as `referenceKey`s: what its caller reads
 * (one event each) before `decide`, to answer `exists`.
 */
export function referencedStreams(
  references: Readonly<Record<string, readonly string[]>> | undefined,
): string[] {
  return Object.entries(references ?? {}).flatMap(([category, ids]) =>
    ids.map((id) => referenceKey(category, id)),
  );
}

/** `exists` for one command: answers from `isPresent` for the streams its `references` name, refuses others. */
export function existenceCheck(
  references: Readonly<Record<string, readonly string[]>> | undefined,
  isPresent: (key: string) => boolean,
): CommandContext['exists'] {
  const declared = new Set(referencedStreams(references));
  return (category, id) => {
    const key = referenceKey(category, id);
    if (!declared.has(key)) throw new Error(`${key} is not among the streams the command references`);
    return isPresent(key);
  };
}
