/** The message to show for anything a request threw. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
