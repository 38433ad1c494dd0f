import type { LedgerEvent } from '../event-catalogue.js';
import { isSameSeatRef, isSingleHolderSeat, type SeatRef } from '../village/seat.js';
import { ElectionTermPairs } from './election-term-pairs.js';
import type { LedgerFact, LedgerRuleViolation } from './ledger-rule-violation.js';
import { SeatPairs } from './seat-pairs.js';

interface SeatData extends SeatRef {
  villageId: string;
  cadreId: string;
}

interface ReviewSeen extends SeatRef {
  villageId: string;
  outcome?: string;
}

const seatKey = (s: SeatData) => `${s.villageId}|${s.committee}|${s.position}`;

/**
 * The ledger's rules that span streams, checked over the whole history in order (a pure fold): one holder
 * per single-holder seat, every seat event matched by the cadre's, every appointment resting on an approved
 * review of its seat, one file per ID number, and each village's 换届 conclusion with its new term. The command bus keeps them; this proves it afterwards,
 * after crashes, races and retries, on either store.
 */
export class LedgerRules {
  private readonly holders = new Map<string, Set<string>>();
  private readonly reviews = new Map<string, ReviewSeen>();
  private readonly idNumbers = new Map<string, string>();
  private readonly idNumberOf = new Map<string, string>();
  private readonly pairs = new SeatPairs();
  private readonly terms = new ElectionTermPairs();
  private readonly found: LedgerRuleViolation[] = [];

  see(fact: LedgerFact): void {
    this.pairs.see(fact);
    this.terms.see(fact);
    const event = { type: fact.type, data: fact.data } as LedgerEvent;
    switch (event.type) {
      case 'SeatFilled':
        this.seatFilled(fact, event.data);
        break;
      case 'SeatVacated':
        this.holders.get(seatKey(event.data))?.delete(event.data.cadreId);
        break;
      case 'QualificationReviewOpened': {
        const { reviewId, villageId, committee, position } = event.data;
        this.reviews.set(reviewId, { villageId, committee, position });
        break;
      }
      case 'QualificationReviewConcluded': {
        const review = this.reviews.get(event.data.reviewId);
        if (review) review.outcome = event.data.outcome;
        break;
      }
      case 'CadreAppointed':
        this.appointed(fact, event.data);
        break;
      case 'CadreRegistered':
        this.holdIdNumber(fact, event.data.cadreId, event.data.profile.idNumber);
        break;
      case 'CadreProfileCorrected':
        if (event.data.changes.idNumber)
          this.holdIdNumber(fact, event.data.cadreId, event.data.changes.idNumber);
        break;
    }
  }

  violations(): LedgerRuleViolation[] {
    return [...this.found, ...this.pairs.violations(), ...this.terms.violations()].sort((a, b) =>
      a.position < b.position ? -1 : a.position > b.position ? 1 : 0,
    );
  }

  private seatFilled(fact: LedgerFact, seat: SeatData): void {
    const key = seatKey(seat);
    const holders = this.holders.get(key) ?? new Set<string>();
    if (isSingleHolderSeat(seat) && [...holders].some((holder) => holder !== seat.cadreId)) {
      this.found.push({
        rule: 'ONE_HOLDER_PER_SEAT',
        streamId: fact.streamId,
        position: fact.position,
        messages: {
          zh: '同一职务同时有两人担任（书记、主任各只能一人）',
          en: 'Two people hold a seat that has one holder (party secretary, chair)',
        },
      });
    }
    holders.add(seat.cadreId);
    this.holders.set(key, holders);
  }

  private appointed(fact: LedgerFact, post: SeatData & { qualificationReviewId: string | null }): void {
    const review = post.qualificationReviewId ? this.reviews.get(post.qualificationReviewId) : undefined;
    const approvedForSeat =
      review?.outcome === 'APPROVED' && review.villageId === post.villageId && isSameSeatRef(review, post);
    if (approvedForSeat) return;
    this.found.push({
      rule: 'APPOINTMENT_WITHOUT_APPROVED_REVIEW',
      streamId: fact.streamId,
      position: fact.position,
      messages: {
        zh: '任职前没有针对该职务且已通过的资格审查（凡进必审）',
        en: 'The appointment rests on no approved qualification review of its seat',
      },
    });
  }

  private holdIdNumber(fact: LedgerFact, cadreId: string, idNumber: string | undefined): void {
    if (!idNumber) return; // erased (PIPL Art. 47), or read sealed: nothing to compare
    const holder = this.idNumbers.get(idNumber);
    if (holder !== undefined && holder !== cadreId) {
      this.found.push({
        rule: 'ID_NUMBER_IN_TWO_FILES',
        streamId: fact.streamId,
        position: fact.position,
        messages: { zh: '同一身份证号出现在两份干部档案中', en: 'One ID number is in two cadre files' },
      });
      return;
    }
    const previous = this.idNumberOf.get(cadreId);
    if (previous !== undefined && previous !== idNumber) this.idNumbers.delete(previous);
    this.idNumbers.set(idNumber, cadreId);
    this.idNumberOf.set(cadreId, idNumber);
  }
}
