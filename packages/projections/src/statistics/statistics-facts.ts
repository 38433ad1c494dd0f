import type { EducationLevel } from '@cadre/domain';
import type { VillageTermFacts } from '../villages/term-figures.js';

/** What the statistics need to know of a cadre, as read from the read models. */
export interface CadreFacts {
  cadreId: string;
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
  attendees: string[];
}

/** A training on a cadre's file: a session attended, or a course taken alone (e.g. a secretary sent to study elsewhere). */
export interface CadreTrainingFacts {
  cadreId: string;
  kind: 'INTERNAL' | 'EXTERNAL';
  trainedOn: string;
}

export interface InterviewFacts {
  cadreId: string;
  kind: string;
  heldOn: string;
}

export interface PledgeFacts {
  cadreId: string;
  year: number;
  items: number;
  residentsRating: string | null;
  organizationRating: string | null;
}

export interface HonorFacts {
  cadreId: string;
  level: 'TOWNSHIP' | 'DISTRICT' | 'CITY' | 'PROVINCE' | 'NATIONAL';
  awardedOn: string;
}

export interface ServiceRequestFacts {
  villageId: string;
  status: 'RAISED' | 'DISPATCHED' | 'ACCEPTED' | 'RESOLVED' | 'RATED';
}

export interface BenefitFacts {
  cadreId: string;
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
