import { daysBetween } from '@cadre/domain';

/** What the statistics know of a village's current term. */
export interface VillageTermFacts {
  termStartedOn?: string | null;
  termPlannedEndOn?: string | null;
}

/** The villages' terms as they stand on a day: how many have one, end in its year, are past their end. */
export interface TermFigures {
  villagesWithTerm: number;
  /** Terms whose planned end falls in the as-of day's calendar year (a 换届 year). */
  endingThisYear: number;
  /** Terms whose planned end is on or before the as-of day (换届 due). */
  pastPlannedEnd: number;
  /** The earliest planned end still ahead of the as-of day, if any. */
  nextPlannedEndOn: string | null;
}

export function termFigures(villages: readonly VillageTermFacts[], asOf: string): TermFigures {
  const ends = villages.flatMap((v) => (v.termPlannedEndOn ? [v.termPlannedEndOn] : []));
  const ahead = ends.filter((end) => end > asOf).sort();
  return {
    villagesWithTerm: ends.length,
    endingThisYear: ends.filter((end) => end.slice(0, 4) === asOf.slice(0, 4)).length,
    pastPlannedEnd: ends.filter((end) => end <= asOf).length,
    nextPlannedEndOn: ahead[0] ?? null,
  };
}

/** A term's planned end seen from a day: days left (negative once past). */
export const daysLeftOf = (plannedEndOn: string, asOf: string): number => daysBetween(asOf, plannedEndOn);
