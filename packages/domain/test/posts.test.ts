import { describe, expect, it } from 'vitest';
import { cadreAggregate, villageAggregate } from '../src/index.js';
import {
  CHAIR_SEAT,
  cadre,
  MEMBER_SEAT,
  OTHER_VILLAGE,
  SECRETARY_SEAT,
  TOMORROW,
  UNKNOWN,
  VILLAGE,
} from './support/fixtures.js';
import { expectRule, type Ledger } from './support/ledger.js';
import {
  appointCadre,
  appointment,
  registerCadre,
  reviewCadre,
  reviewId,
  townshipWithVillages,
} from './support/scenario.js';

const cadreId = cadre(1);

function reviewed(plan: Parameters<typeof reviewCadre>[2] = {}): Ledger {
  const ledger = townshipWithVillages();
  registerCadre(ledger, 1);
  reviewCadre(ledger, cadreId, plan);
  return ledger;
}

describe('AppointCadre', () => {
  it('appoints an approved cadre: the post on the cadre, the seat on the village', () => {
    const ledger = reviewed();
    const input = appointment(cadreId, SECRETARY_SEAT);
    const { cadreId: _cadreId, ...post } = input;
    expect(ledger.run('AppointCadre', input)).toEqual({
      cadre: [{ type: 'CadreAppointed', data: { ...input, qualificationReviewId: reviewId(cadreId) } }],
      village: [
        {
          type: 'SeatFilled',
          data: {
            villageId: VILLAGE,
            cadreId,
            ...SECRETARY_SEAT,
            method: 'ELECTION',
            filledOn: '2021-10-15',
          },
        },
      ],
    });
    // the post keeps the approved review it rests on
    expect(ledger.state(cadreAggregate, cadreId).currentPosts).toEqual([
      { ...post, qualificationReviewId: reviewId(cadreId) },
    ]);
    expect(ledger.state(villageAggregate, VILLAGE).seats).toEqual([
      { cadreId, ...SECRETARY_SEAT, method: 'ELECTION', filledOn: '2021-10-15' },
    ]);
  });

  it('lets the secretary also chair the residents committee (一肩挑), and several members sit together', () => {
    const ledger = reviewed();
    ledger.run('AppointCadre', appointment(cadreId, SECRETARY_SEAT));
    reviewCadre(ledger, cadreId, { attempt: 2, seat: CHAIR_SEAT });
    ledger.run('AppointCadre', appointment(cadreId, CHAIR_SEAT));
    for (const serial of [2, 3]) appointCadre(ledger, registerCadre(ledger, serial), MEMBER_SEAT);
    expect(ledger.state(cadreAggregate, cadreId).currentPosts.map((p) => p.position)).toEqual([
      'PARTY_SECRETARY',
      'CHAIR',
    ]);
    expect(ledger.state(villageAggregate, VILLAGE).seats).toHaveLength(4);
  });

  it('refuses without an approved concluded review for the village (凡进必审)', () => {
    const ledger = townshipWithVillages();
    registerCadre(ledger, 1);
    const input = appointment(cadreId, SECRETARY_SEAT);
    expectRule(ledger.reject('AppointCadre', input), 'QUALIFICATION_REVIEW_REQUIRED', 'cadreId');
    reviewCadre(ledger, cadreId, { verdicts: { DISCIPLINE_INSPECTION: 'REJECTED' } });
    expectRule(ledger.reject('AppointCadre', input), 'QUALIFICATION_REVIEW_REJECTED', 'cadreId');
    reviewCadre(ledger, cadreId, { attempt: 2, villageId: OTHER_VILLAGE });
    // the review of this village's seat is still the rejected one
    expectRule(ledger.reject('AppointCadre', input), 'QUALIFICATION_REVIEW_REJECTED', 'cadreId');
    reviewCadre(ledger, cadreId, { attempt: 3, on: '2021-10-20' });
    expectRule(ledger.reject('AppointCadre', input), 'DATE_OUT_OF_ORDER', 'appointedOn');
    expect(ledger.run('AppointCadre', { ...input, appointedOn: '2021-10-20' }).cadre).toHaveLength(1);
  });

  it('admits to the village and the seat reviewed only (a review is for a seat)', () => {
    const ledger = townshipWithVillages();
    registerCadre(ledger, 1);
    reviewCadre(ledger, cadreId, { villageId: OTHER_VILLAGE });
    expectRule(
      ledger.reject('AppointCadre', appointment(cadreId, SECRETARY_SEAT)),
      'QUALIFICATION_REVIEW_FOR_OTHER_VILLAGE',
      'villageId',
    );
    reviewCadre(ledger, cadreId, { attempt: 2, seat: MEMBER_SEAT });
    const error = ledger.reject('AppointCadre', appointment(cadreId, SECRETARY_SEAT));
    expectRule(error, 'QUALIFICATION_REVIEW_FOR_OTHER_SEAT', 'position');
    expect(error.messages.zh).toContain('职务');
    expect(ledger.run('AppointCadre', appointment(cadreId, MEMBER_SEAT)).cadre).toHaveLength(1);
  });

  it('rests on the latest concluded review: a later rejection withdraws an approval', () => {
    const ledger = reviewed();
    reviewCadre(ledger, cadreId, { attempt: 2, verdicts: { PUBLIC_SECURITY: 'REJECTED' } });
    expectRule(
      ledger.reject('AppointCadre', appointment(cadreId, SECRETARY_SEAT)),
      'QUALIFICATION_REVIEW_REJECTED',
      'cadreId',
    );
  });

  it('refuses a missing cadre or village, a future date and a position of another committee', () => {
    const ledger = reviewed();
    const input = appointment(cadreId, SECRETARY_SEAT);
    expectRule(
      ledger.reject('AppointCadre', { ...input, cadreId: cadre(9) }),
      'CADRE_NOT_FOUND',
      'cadreId',
      'NOT_FOUND',
    );
    expectRule(
      ledger.reject('AppointCadre', { ...input, villageId: UNKNOWN }),
      'VILLAGE_NOT_FOUND',
      'villageId',
      'NOT_FOUND',
    );
    expectRule(
      ledger.reject('AppointCadre', { ...input, appointedOn: TOMORROW }),
      'DATE_IN_FUTURE',
      'appointedOn',
    );
    expectRule(
      ledger.reject('AppointCadre', { ...input, committee: 'RESIDENTS_COMMITTEE' }),
      'POSITION_NOT_ON_COMMITTEE',
      'position',
    );
    expectRule(ledger.reject('AppointCadre', { ...input, method: 'LOTTERY' }), 'INVALID_VALUE', 'method');
  });

  it('keeps one holder per single seat, one post per seat per cadre, and all posts in one village', () => {
    const ledger = reviewed();
    ledger.run('AppointCadre', appointment(cadreId, SECRETARY_SEAT));
    expectRule(
      ledger.reject('AppointCadre', appointment(cadreId, SECRETARY_SEAT)),
      'ALREADY_HOLDS_POST',
      'position',
      'CONFLICT',
    );
    const rival = registerCadre(ledger, 2);
    reviewCadre(ledger, rival);
    expectRule(
      ledger.reject('AppointCadre', appointment(rival, SECRETARY_SEAT)),
      'SEAT_TAKEN',
      'position',
      'CONFLICT',
    );
    reviewCadre(ledger, cadreId, { attempt: 2, villageId: OTHER_VILLAGE, seat: CHAIR_SEAT });
    expectRule(
      ledger.reject('AppointCadre', appointment(cadreId, CHAIR_SEAT, OTHER_VILLAGE)),
      'POSTS_IN_ONE_VILLAGE',
      'villageId',
    );
  });
});

describe('LeavePost', () => {
  const departure = {
    cadreId,
    villageId: VILLAGE,
    ...SECRETARY_SEAT,
    reason: 'RESIGNED',
    leftOn: '2024-05-01',
  };

  it('ends the post on the cadre and frees the seat, which a by-election can fill', () => {
    const ledger = reviewed();
    ledger.run('AppointCadre', appointment(cadreId, SECRETARY_SEAT));
    expect(ledger.run('LeavePost', departure)).toEqual({
      cadre: [{ type: 'CadreLeftPost', data: departure }],
      village: [
        {
          type: 'SeatVacated',
          data: {
            villageId: VILLAGE,
            cadreId,
            ...SECRETARY_SEAT,
            reason: 'RESIGNED',
            vacatedOn: '2024-05-01',
          },
        },
      ],
    });
    const state = ledger.state(cadreAggregate, cadreId);
    expect(state.currentPosts).toEqual([]);
    expect(state.formerPosts).toEqual([
      {
        villageId: VILLAGE,
        ...SECRETARY_SEAT,
        method: 'ELECTION',
        appointedOn: '2021-10-15',
        qualificationReviewId: reviewId(cadreId),
        reason: 'RESIGNED',
        leftOn: '2024-05-01',
      },
    ]);
    expect(ledger.state(villageAggregate, VILLAGE).seats).toEqual([]);
    const successor = registerCadre(ledger, 2);
    reviewCadre(ledger, successor, { on: '2024-05-10' });
    ledger.run('AppointCadre', {
      ...appointment(successor, SECRETARY_SEAT),
      method: 'BY_ELECTION',
      appointedOn: '2024-05-20',
    });
    expect(ledger.state(villageAggregate, VILLAGE).seats.map((s) => s.cadreId)).toEqual([successor]);
  });

  it('refuses a post not held, a missing cadre or village, and bad dates', () => {
    const ledger = reviewed();
    expectRule(ledger.reject('LeavePost', departure), 'NOT_HOLDING_POST', 'position');
    ledger.run('AppointCadre', appointment(cadreId, SECRETARY_SEAT));
    expectRule(
      ledger.reject('LeavePost', { ...departure, cadreId: cadre(9) }),
      'CADRE_NOT_FOUND',
      'cadreId',
      'NOT_FOUND',
    );
    expectRule(
      ledger.reject('LeavePost', { ...departure, villageId: UNKNOWN }),
      'VILLAGE_NOT_FOUND',
      'villageId',
      'NOT_FOUND',
    );
    expectRule(ledger.reject('LeavePost', { ...departure, ...CHAIR_SEAT }), 'NOT_HOLDING_POST', 'position');
    expectRule(ledger.reject('LeavePost', { ...departure, leftOn: TOMORROW }), 'DATE_IN_FUTURE', 'leftOn');
    expectRule(
      ledger.reject('LeavePost', { ...departure, leftOn: '2021-10-14' }),
      'DATE_OUT_OF_ORDER',
      'leftOn',
    );
    expectRule(ledger.reject('LeavePost', { ...departure, reason: 'BORED' }), 'INVALID_VALUE', 'reason');
  });
});
