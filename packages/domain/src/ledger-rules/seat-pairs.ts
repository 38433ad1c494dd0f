import type { LedgerFact, LedgerRuleViolation } from './ledger-rule-violation.js';

interface SeatChange {
  villageId: string;
  cadreId: string;
  committee: string;
  position: string;
}

/** A seat event and its cadre event are one fact told twice: they share the command and the seat. */
const pairKey = (fact: LedgerFact, change: SeatChange, kind: 'in' | 'out') =>
  [
    kind,
    fact.commandId ?? `position:${fact.position}`,
    change.villageId,
    change.cadreId,
    change.committee,
    change.position,
  ].join('|');

const SIDES: Record<string, { kind: 'in' | 'out'; side: 'seat' | 'cadre' }> = {
  SeatFilled: { kind: 'in', side: 'seat' },
  CadreAppointed: { kind: 'in', side: 'cadre' },
  SeatVacated: { kind: 'out', side: 'seat' },
  CadreLeftPost: { kind: 'out', side: 'cadre' },
};

/**
 * 凡动必报 on both streams: every SeatFilled has its CadreAppointed and every SeatVacated its CadreLeftPost,
 * written by the same command; a torn command leaves one half alone.
 */
export class SeatPairs {
  private readonly unmatched = new Map<string, { fact: LedgerFact; side: 'seat' | 'cadre' }>();

  see(fact: LedgerFact): void {
    const sides = SIDES[fact.type];
    if (!sides) return;
    const key = pairKey(fact, fact.data as SeatChange, sides.kind);
    const other = this.unmatched.get(key);
    if (other && other.side !== sides.side) this.unmatched.delete(key);
    else this.unmatched.set(key, { fact, side: sides.side });
  }

  violations(): LedgerRuleViolation[] {
    return [...this.unmatched.values()].map(({ fact, side }) =>
      side === 'seat'
        ? {
            rule: 'SEAT_EVENT_WITHOUT_CADRE_EVENT',
            streamId: fact.streamId,
            position: fact.position,
            messages: {
              zh: `村（社区）的${fact.type === 'SeatFilled' ? '任职' : '离任'}记录在干部档案中没有对应记录`,
              en: `The village's ${fact.type} has no matching event in the cadre's file`,
            },
          }
        : {
            rule: 'CADRE_EVENT_WITHOUT_SEAT_EVENT',
            streamId: fact.streamId,
            position: fact.position,
            messages: {
              zh: `干部档案的${fact.type === 'CadreAppointed' ? '任职' : '离任'}记录在村（社区）职务中没有对应记录`,
              en: `The cadre's ${fact.type} has no matching seat event in the village`,
            },
          },
    );
  }
}
