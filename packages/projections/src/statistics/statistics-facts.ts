import type { EducationLevel } from '@cadre/domain';
import type { VillageTermFacts } from '../villages/term-figures.js';

/**
 * How the figures tell cadres apart: the cadre's id in the live read models; in the temporal ones a small
 * integer the file gives each cadre (temporal/cadre-keys.ts), so the sets that narrow and count a year's
 * thousands of rows compare numbers instead of hashing a new 36-character string per row.
 */
export type CadreRef = string | number;

/** What the statistics need to know of a cadre, as read from the read models. */
export interface CadreFacts {
  cadreId: CadreRef;
  villageId: string | null;
  gender: 'MALE' | 'FEMALE';
  ethnicity: string;
  birthDate: string;
  educationLevel: EducationLevel;
  politicalStatus: string;
  posts: Array<{ committee: string; position: string }>;
  /** Set while the cadre is in the reserve pool (后备干部). */
  reserve: { source: string; tier: number } | null;
}

export interface TrainingFacts {
  trainingId: string;
  kind: 'INTERNAL' | 'EXTERNAL';
  /** yyyy-mm-dd of the session, null while only scheduled. */
  heldOn: string | null;
  attendees: CadreRef[];
}

/**
 * A training on a cadre's file: a session attended (every attendee's file records it), or a course taken alone
 * (e.g. a secretary sent to study elsewhere). The dated items are counted by the year of their date only.
 */
export interface CadreTrainingFacts {
  cadreId: CadreRef;
  kind: 'INTERNAL' | 'EXTERNAL';
  year: number;
}

export interface InterviewFacts {
  cadreId: CadreRef;
  kind: string;
  year: number;
}

export interface PledgeFacts {
  cadreId: CadreRef;
  year: number;
  items: number;
  residentsRating: string | null;
  organizationRating: string | null;
}

export interface HonorFacts {
  cadreId: CadreRef;
  level: 'TOWNSHIP' | 'DISTRICT' | 'CITY' | 'PROVINCE' | 'NATIONAL';
  year: number;
}

/** A village's 三单 requests: how many were raised, and how many of those were resolved (rated or not). */
export interface ServiceRequestFacts {
  villageId: string;
  raised: number;
  resolved: number;
}

export interface BenefitFacts {
  cadreId: CadreRef;
  kind: 'HEALTH_CHECKUP' | 'PENSION_SUBSIDY' | 'ACCIDENT_INSURANCE';
  year: number;
}

export interface VillageFacts extends VillageTermFacts {
  villageId: string;
  kind: 'VILLAGE' | 'COMMUNITY';
}

export interface StatisticsFacts {
  villages: VillageFacts[];
  cadres: CadreFacts[];
  trainings: TrainingFacts[];
  cadreTrainings: CadreTrainingFacts[];
  interviews: InterviewFacts[];
  pledges: PledgeFacts[];
  honors: HonorFacts[];
  serviceRequests: ServiceRequestFacts[];
  benefits: BenefitFacts[];
}
