import {
  cadre,
  DEFAULT_DEPARTMENTS,
  OTHER_VILLAGE,
  type PersonSketch,
  profileFor,
  TOWNSHIP,
  uuidOf,
  VILLAGE,
} from './fixtures.js';
import { Ledger } from './ledger.js';

type Seat = { committee: string; position: string };

/** A township (default settings) with two villages: the ground most commands stand on. */
export function townshipWithVillages(ledger = new Ledger()): Ledger {
  ledger.run('RegisterTownship', { townshipId: TOWNSHIP, name: '周王镇', district: '包河区' });
  ledger.run('RegisterVillage', {
    villageId: VILLAGE,
    townshipId: TOWNSHIP,
    name: '周王村',
    kind: 'VILLAGE',
  });
  ledger.run('RegisterVillage', {
    villageId: OTHER_VILLAGE,
    townshipId: TOWNSHIP,
    name: '东风社区',
    kind: 'COMMUNITY',
  });
  return ledger;
}

/** Registers a cadre of VILLAGE (set up first, with its township, on a ledger that has none yet). */
export function registerCadre(ledger: Ledger, serial: number, sketch: PersonSketch = {}): string {
  if (ledger.history('village', VILLAGE).length === 0) townshipWithVillages(ledger);
  ledger.run('RegisterCadre', {
    cadreId: cadre(serial),
    villageId: VILLAGE,
    profile: profileFor(serial, sketch),
  });
  return cadre(serial);
}

/** A review id per cadre and attempt, so that a cadre may be reviewed again. */
export const reviewId = (cadreId: string, attempt = 1) =>
  uuidOf(Number.parseInt(cadreId.slice(-4), 16) * 16 + attempt);

export interface ReviewPlan {
  villageId?: string;
  seat?: Seat;
  attempt?: number;
  verdicts?: Partial<Record<(typeof DEFAULT_DEPARTMENTS)[number], 'APPROVED' | 'REJECTED'>>;
  on?: string;
}

/** 部门联审 from opening to conclusion; every department approves unless told otherwise. */
export function reviewCadre(ledger: Ledger, cadreId: string, plan: ReviewPlan = {}): string {
  const id = reviewId(cadreId, plan.attempt);
  const on = plan.on ?? '2021-09-01';
  ledger.run('OpenQualificationReview', {
    cadreId,
    reviewId: id,
    townshipId: TOWNSHIP,
    villageId: plan.villageId ?? VILLAGE,
    ...(plan.seat ?? { committee: 'PARTY_COMMITTEE', position: 'PARTY_SECRETARY' }),
    openedOn: on,
  });
  for (const department of DEFAULT_DEPARTMENTS) {
    const verdict = plan.verdicts?.[department] ?? 'APPROVED';
    ledger.run('RecordDepartmentVerdict', {
      cadreId,
      reviewId: id,
      department,
      verdict,
      ...(verdict === 'REJECTED' ? { note: '有违法犯罪记录' } : {}),
      decidedOn: on,
    });
  }
  ledger.run('ConcludeQualificationReview', { cadreId, reviewId: id, concludedOn: on });
  return id;
}

export const appointment = (cadreId: string, seat: Seat, villageId = VILLAGE) => ({
  cadreId,
  villageId,
  ...seat,
  method: 'ELECTION',
  appointedOn: '2021-10-15',
});

/** Reviewed, approved and appointed to a seat. */
export function appointCadre(ledger: Ledger, cadreId: string, seat: Seat, villageId = VILLAGE): void {
  reviewCadre(ledger, cadreId, { villageId, seat });
  ledger.run('AppointCadre', appointment(cadreId, seat, villageId));
}

/** A registered cadre serving as a village's party secretary. */
export function secretary(ledger: Ledger, serial: number, villageId = VILLAGE): string {
  const id = registerCadre(ledger, serial);
  appointCadre(ledger, id, { committee: 'PARTY_COMMITTEE', position: 'PARTY_SECRETARY' }, villageId);
  return id;
}
