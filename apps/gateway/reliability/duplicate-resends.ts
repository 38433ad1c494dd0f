import { type Outcome, sendCommand } from './graphql-client.js';
import type { Journal, JournalEntry } from './journal.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends an acknowledged command again, as a client unsure of its answer would; waits out a rate limit. */
async function sendAgain(url: string, token: string, entry: JournalEntry): Promise<Outcome> {
  for (;;) {
    const outcome = await sendCommand(url, token, entry.command, entry.input, entry.commandId);
    if (outcome.kind !== 'later') return outcome;
    await sleep(outcome.afterMs);
  }
}

/**
 * Sends `perJournal` acknowledged commands of each journal again (all of them when it has fewer), each
 * journal with its writer's session, the journals side by side: every one must answer `duplicate: true`.
 * Answers the violations found and how many were sent.
 */
export async function resendAcknowledged(
  url: string,
  journals: ReadonlyArray<{ journal: Journal; token: string }>,
  perJournal: number,
  random: () => number,
): Promise<{ violations: string[]; sent: number }> {
  const violations: string[] = [];
  let sent = 0;
  await Promise.all(
    journals.map(async ({ journal, token }) => {
      const acknowledged = journal.acknowledged();
      for (let n = 0; n < Math.min(perJournal, acknowledged.length); n++) {
        const entry = acknowledged.splice(Math.floor(random() * acknowledged.length), 1)[0]!;
        const again = await sendAgain(url, token, entry);
        sent++;
        if (again.kind !== 'acked' || !again.payload.duplicate)
          violations.push(
            `acknowledged ${entry.writer} ${entry.command} ${entry.commandId} sent again answered ${JSON.stringify(again).slice(0, 500)}`,
          );
      }
    }),
  );
  return { violations, sent };
}
