import {
  type CadreState,
  type CalendarSettings,
  DEFAULT_CALENDAR_SETTINGS,
  type DueRuleCode,
  type Localized,
  reminderIdOf,
  type TownshipState,
  type VillageState,
} from '@cadre/domain';
import { addDays, addMonths, dayOfAge, latest } from './calendar-days.js';
import type { DueFacts } from './due-facts.js';

/** One thing due: which rule, about what (a village, a cadre, a subject within the rule), since when. */
export interface DueItem {
  /** The id of its reminder (derived from rule, subject and due date). */
  id: string;
  rule: DueRuleCode;
  subjectId: string;
  villageId: string | null;
  cadreId: string | null;
  /** The day it became due. */
  dueOn: string;
  /** What in particular, in both languages (the rule's wording says why). */
  detail: Localized;
}

const OPEN_REQUEST = new Set(['RAISED', 'DISPATCHED', 'ACCEPTED']);

type Candidate = Omit<DueItem, 'id'>;

const item = (candidate: Candidate): DueItem => ({ id: reminderIdOf(candidate), ...candidate });

/**
 * What is due on a day, from folded state: a pure function, so that the same facts and day always give
 * the same list (the scheduler's reminders and the list agree). Sorted by due date, then id.
 */
export function computeDueItems(facts: DueFacts, on: string): DueItem[] {
  const townshipOf = new Map(facts.villages.map((v) => [v.villageId, v.townshipId]));
  const settingsOf = new Map(facts.townships.map((t) => [t.townshipId, t.settings]));
  const calendarOf = (villageId: string | null | undefined): CalendarSettings => ({
    ...DEFAULT_CALENDAR_SETTINGS,
    ...settingsOf.get(townshipOf.get(villageId ?? '') ?? ''),
  });
  const found: Candidate[] = [];
  const cadres = new Map(facts.cadres.map((c) => [c.cadreId, c]));
  for (const township of facts.townships) found.push(...electionItems(township, cadres));
  for (const village of facts.villages) found.push(...villageItems(village, calendarOf(village.villageId)));
  for (const cadre of facts.cadres)
    if (cadre.registered) found.push(...cadreItems(cadre, calendarOf(villageOfCadre(cadre))));
  for (const request of facts.serviceRequests) {
    if (!OPEN_REQUEST.has(request.status)) continue;
    const days = calendarOf(request.villageId).serviceRequestUnresolvedDays;
    found.push({
      rule: 'SERVICE_REQUEST_OVERDUE',
      subjectId: request.requestId,
      villageId: request.villageId,
      cadreId: request.cadreId,
      dueOn: addDays(request.raisedOn, days),
      detail: {
        zh: `${request.raisedOn} 点单，${days} 天内未办结`,
        en: `Raised on ${request.raisedOn}, not resolved within ${days} days`,
      },
    });
  }
  return found
    .filter((candidate) => candidate.dueOn <= on)
    .map(item)
    .sort((a, b) => (a.dueOn === b.dueOn ? a.id.localeCompare(b.id) : a.dueOn < b.dueOn ? -1 : 1));
}

const villageOfCadre = (cadre: CadreState) => cadre.villageId ?? cadre.reserve?.villageId ?? null;

/** Candidates of an open 换届 whose joint qualification review is not concluded, from their registration. */
function electionItems(
  township: TownshipState,
  cadres: ReadonlyMap<string | undefined, CadreState>,
): Candidate[] {
  const found: Candidate[] = [];
  for (const election of township.elections ?? []) {
    if (election.closedOn) continue;
    for (const candidate of election.candidates) {
      const review = cadres
        .get(candidate.cadreId)
        ?.qualificationReviews.find((r) => r.reviewId === candidate.reviewId);
      if (review?.conclusion || candidate.result) continue;
      found.push({
        rule: 'ELECTION_CANDIDATE_NOT_REVIEWED',
        subjectId: `${election.electionId}:${candidate.reviewId}`,
        villageId: candidate.villageId,
        cadreId: candidate.cadreId,
        dueOn: candidate.registeredOn,
        detail: {
          zh: `${candidate.registeredOn} 登记为候选人，资格联审未结束`,
          en: `Candidate since ${candidate.registeredOn}; the qualification review is not concluded`,
        },
      });
    }
  }
  return found;
}

function villageItems(village: VillageState, calendar: CalendarSettings): Candidate[] {
  if (!village.registered || !village.villageId) return [];
  const { villageId } = village;
  const found: Candidate[] = [];
  const term = village.term;
  if (term) {
    for (const months of calendar.termReminderMonths)
      found.push({
        rule: 'TERM_ENDING',
        subjectId: `${villageId}:${term.plannedEndOn}:${months}`,
        villageId,
        cadreId: null,
        dueOn: addMonths(term.plannedEndOn, -months),
        detail: {
          zh: `本届任期 ${term.startedOn} 至 ${term.plannedEndOn}，届满前 ${months} 个月`,
          en: `Term ${term.startedOn} to ${term.plannedEndOn}: ${months} months before its end`,
        },
      });
  }
  for (const warning of village.earlyWarnings) {
    if (warning.resolution) continue;
    found.push({
      rule: 'EARLY_WARNING_OPEN',
      subjectId: warning.issueId,
      villageId,
      cadreId: null,
      dueOn: warning.raisedOn,
      detail: { zh: warning.description, en: warning.description },
    });
  }
  return found;
}

function cadreItems(cadre: CadreState, calendar: CalendarSettings): Candidate[] {
  const cadreId = cadre.cadreId!;
  const villageId = villageOfCadre(cadre);
  const found: Candidate[] = [];
  const add = (rule: DueRuleCode, subject: string, dueOn: string, detail: Localized, village = villageId) =>
    found.push({ rule, subjectId: `${cadreId}:${subject}`, villageId: village, cadreId, dueOn, detail });

  for (const pledge of cadre.pledges) {
    if (pledge.evaluation) continue;
    if (pledge.progress.length === 0)
      add('PLEDGE_PROGRESS_MISSING', String(pledge.year), `${pledge.year}-07-01`, {
        zh: `${pledge.year} 年承诺尚无年中践诺`,
        en: `No mid-year progress on the ${pledge.year} pledge`,
      });
    add('PLEDGE_EVALUATION_MISSING', String(pledge.year), `${pledge.year + 1}-01-01`, {
      zh: `${pledge.year} 年承诺尚未评诺`,
      en: `The ${pledge.year} pledge is not evaluated`,
    });
  }
  const admonishment = cadre.admonishmentDue;
  if (admonishment) {
    const share = Math.round(admonishment.incompetentShare * 100);
    add('ADMONISHMENT_NOT_HELD', admonishment.requiredOn, admonishment.requiredOn, {
      zh: `"不称职"票占 ${share}%（≥${Math.round(admonishment.threshold * 100)}%）`,
      en: `${share}% "incompetent" votes (threshold ${Math.round(admonishment.threshold * 100)}%)`,
    });
  }
  for (const review of cadre.qualificationReviews) {
    if (review.conclusion) continue;
    const days = calendar.reviewOpenTooLongDays;
    found.push({
      rule: 'QUALIFICATION_REVIEW_OVERDUE',
      subjectId: review.reviewId,
      villageId: review.villageId,
      cadreId,
      dueOn: addDays(review.openedOn, days),
      detail: {
        zh: `${review.openedOn} 开始联审，${days} 天内未结束`,
        en: `Opened on ${review.openedOn}, not concluded within ${days} days`,
      },
    });
  }
  const birthDate = cadre.profile?.birthDate;
  if (birthDate) {
    if (cadre.reserve && cadre.currentPosts.length === 0) {
      const age = calendar.reserveCadreAgeThreshold;
      add('RESERVE_CADRE_AGE', `${age}`, latest(dayOfAge(birthDate, age), cadre.reserve.enlistedOn), {
        zh: `后备干部年龄界限 ${age} 岁`,
        en: `Reserve cadres' age threshold: ${age}`,
      });
    }
    if (cadre.currentPosts.length > 0) {
      const age = calendar.committeeMemberAgeThreshold;
      const since = cadre.currentPosts.map((p) => p.appointedOn).sort()[0];
      add('COMMITTEE_MEMBER_AGE', `${age}`, latest(dayOfAge(birthDate, age), since), {
        zh: `"两委"成员年龄界限 ${age} 岁`,
        en: `Committee members' age threshold: ${age}`,
      });
    }
  }
  return found;
}
