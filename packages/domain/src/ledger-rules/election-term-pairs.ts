import type { LedgerFact, LedgerRuleViolation } from './ledger-rule-violation.js';

interface Conclusion {
  electionId?: string;
  villageId: string;
}

/**
 * A village's 换届 ends on two streams in one command: VillageElectionConcluded on the township's and the
 * new term (CommitteeTermStarted naming the election) on the village's; a torn command leaves one alone.
 */
export class ElectionTermPairs {
  private readonly unmatched = new Map<string, { fact: LedgerFact; side: 'township' | 'village' }>();

  see(fact: LedgerFact): void {
    const side =
      fact.type === 'VillageElectionConcluded'
        ? 'township'
        : fact.type === 'CommitteeTermStarted' && (fact.data as Conclusion).electionId
          ? 'village'
          : undefined;
    if (!side) return;
    const { electionId, villageId } = fact.data as Conclusion;
    const key = `${electionId}|${villageId}`;
    const other = this.unmatched.get(key);
    if (other && other.side !== side) this.unmatched.delete(key);
    else this.unmatched.set(key, { fact, side });
  }

  violations(): LedgerRuleViolation[] {
    return [...this.unmatched.values()].map(({ fact, side }) =>
      side === 'township'
        ? {
            rule: 'ELECTION_CONCLUDED_WITHOUT_TERM',
            streamId: fact.streamId,
            position: fact.position,
            messages: {
              zh: '村（社区）换届已完成，但该村没有对应的新一届任期记录',
              en: "A village's election concluded without the new term on the village",
            },
          }
        : {
            rule: 'TERM_WITHOUT_ELECTION_CONCLUSION',
            streamId: fact.streamId,
            position: fact.position,
            messages: {
              zh: '新一届任期记录没有对应的换届完成记录',
              en: 'A term opened by an election has no matching conclusion on the township',
            },
          },
    );
  }
}
