import { z } from 'zod';

export const committee = z.enum(['PARTY_COMMITTEE', 'RESIDENTS_COMMITTEE']);
export type Committee = z.infer<typeof committee>;
export const position = z.enum(['PARTY_SECRETARY', 'DEPUTY_SECRETARY', 'CHAIR', 'VICE_CHAIR', 'MEMBER']);
export type Position = z.infer<typeof position>;
export const appointmentMethod = z.enum(['ELECTION', 'BY_ELECTION', 'APPOINTMENT']);
export const leavingReason = z.enum(['RESIGNED', 'TERM_ENDED', 'REMOVED', 'TRANSFERRED', 'DECEASED']);

/** 党组织: 书记, 副书记, 委员; 村（居）民委员会: 主任, 副主任, 委员. */
export const POSITIONS_ON_COMMITTEE: Record<Committee, readonly Position[]> = {
  PARTY_COMMITTEE: ['PARTY_SECRETARY', 'DEPUTY_SECRETARY', 'MEMBER'],
  RESIDENTS_COMMITTEE: ['CHAIR', 'VICE_CHAIR', 'MEMBER'],
};

export interface SeatRef {
  committee: Committee;
  position: Position;
}

export const isOnItsCommittee = (seat: SeatRef): boolean =>
  POSITIONS_ON_COMMITTEE[seat.committee].includes(seat.position);

/** For an input schema holding a seat: the position must be one of its committee's. */
export const positionOnItsCommittee = { message: 'POSITION_NOT_ON_COMMITTEE', path: ['position'] };

/** The secretary and the chair are one person each per village; other positions seat several. */
export const isSingleHolderSeat = (seat: SeatRef): boolean =>
  (seat.committee === 'PARTY_COMMITTEE' && seat.position === 'PARTY_SECRETARY') ||
  (seat.committee === 'RESIDENTS_COMMITTEE' && seat.position === 'CHAIR');

export const isSameSeatRef = (a: SeatRef, b: SeatRef): boolean =>
  a.committee === b.committee && a.position === b.position;
