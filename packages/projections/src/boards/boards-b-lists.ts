import { filteredList } from './filtered-list.js';

/**
 * The lists of the office's boards of talks, reviews, 三单 requests and recognition: each row with the
 * names a board shows (the cadre's, the village's), filtered by village or township, in a chosen order.
 */

/** A cadre's village: where they hold (or last held) a post, else where they are in the reserve pool. */
const CADRE_AND_VILLAGE = `JOIN cadres c ON c.cadre_id = {row}.cadre_id
  LEFT JOIN villages v ON v.village_id = COALESCE(c.village_id, c.reserve_village_id)`;
const cadreAndVillage = (row: string) => CADRE_AND_VILLAGE.replace('{row}', row);

const PLACE = { villageId: 'v.village_id = @villageId', townshipId: 'v.township_id = @townshipId' };
const PLACE_COLUMNS = 'v.village_id AS village_id, v.name AS village_name';

/** Whole days from `from` to `to` (yyyy-mm-dd), or to the day asked about (@asOfDay) while `to` is null. */
const daysBetween = (from: string, to: string) =>
  `CAST(julianday(COALESCE(${to}, @asOfDay)) - julianday(${from}) AS INTEGER)`;

type Place = { villageId?: string; townshipId?: string; search?: string };

export type TalkSort = 'HELD_ON' | 'CADRE_NAME' | 'KIND';

/** 谈心谈话、实地走访、民主测评、约谈 held: who, when, by whom. */
export const listTalkRecords = filteredList<
  Place & { kind?: string; year?: string; heldFrom?: string; heldTo?: string },
  TalkSort
>({
  from: `interviews i ${cadreAndVillage('i')}`,
  select: `i.id, i.cadre_id, c.name AS cadre_name, ${PLACE_COLUMNS}, i.kind, i.interviewer, i.held_on, i.findings`,
  sorts: { HELD_ON: 'i.held_on', CADRE_NAME: 'c.name', KIND: 'i.kind' },
  defaultSort: 'HELD_ON',
  tiebreak: 'i.id',
  conditions: {
    ...PLACE,
    search: `(instr(c.name, @search) > 0 OR instr(i.interviewer, @search) > 0)`,
    kind: 'i.kind = @kind',
    year: 'substr(i.held_on, 1, 4) = @year',
    heldFrom: 'i.held_on >= @heldFrom',
    heldTo: 'i.held_on <= @heldTo',
  },
});

export type WarningSort = 'RAISED_ON' | 'RESOLVED_ON' | 'DAYS_OPEN' | 'VILLAGE';

/**
 * Early warnings, open and closed (销号): a committee review's issues and the admonishments a
 * democratic appraisal calls for, with the days each was (or has been) open. Bind @asOfDay.
 */
export const listWarningRecords = filteredList<
  Place & { source?: string; open?: boolean; raisedFrom?: string; raisedTo?: string },
  WarningSort
>({
  from: `early_warnings w LEFT JOIN cadres c ON c.cadre_id = w.cadre_id
    LEFT JOIN villages v ON v.village_id = w.village_id`,
  select: `w.issue_id, w.source, ${PLACE_COLUMNS}, w.cadre_id, c.name AS cadre_name, w.description,
    w.raised_on, w.resolved_on, w.corrective_action, ${daysBetween('w.raised_on', 'w.resolved_on')} AS days_open`,
  sorts: {
    RAISED_ON: 'w.raised_on',
    RESOLVED_ON: "COALESCE(w.resolved_on, '')",
    DAYS_OPEN: daysBetween('w.raised_on', 'w.resolved_on'),
    VILLAGE: 'COALESCE(v.seq, 0)',
  },
  defaultSort: 'RAISED_ON',
  tiebreak: 'w.issue_id',
  conditions: {
    ...PLACE,
    search: `(instr(w.description, @search) > 0 OR instr(COALESCE(c.name, ''), @search) > 0)`,
    source: 'w.source = @source',
    open: '(w.resolved_on IS NULL) = @open',
    raisedFrom: 'w.raised_on >= @raisedFrom',
    raisedTo: 'w.raised_on <= @raisedTo',
  },
});

export type CommitteeReviewSort = 'REVIEWED_ON' | 'VILLAGE';

/** A review's issues are the committee-review warnings raised in its village on its day. */
const issuesOfReview = (extra = '') =>
  `(SELECT COUNT(*) FROM early_warnings w WHERE w.source = 'COMMITTEE_REVIEW' AND w.village_id = r.village_id
     AND w.raised_on = r.reviewed_on ${extra})`;

/** 班子运行情况分析研判 by village and date, with how many early warnings each raised and how many are open. */
export const listCommitteeReviews = filteredList<
  Place & { year?: string; reviewedFrom?: string; reviewedTo?: string },
  CommitteeReviewSort
>({
  from: 'committee_reviews r JOIN villages v ON v.village_id = r.village_id',
  select: `r.id, ${PLACE_COLUMNS}, r.period, r.reviewed_on, r.findings, ${issuesOfReview()} AS warning_count,
    ${issuesOfReview('AND w.resolved_on IS NULL')} AS open_warning_count`,
  sorts: { REVIEWED_ON: 'r.reviewed_on', VILLAGE: 'v.seq' },
  defaultSort: 'REVIEWED_ON',
  tiebreak: 'r.id',
  conditions: {
    ...PLACE,
    search: `(instr(r.findings, @search) > 0 OR instr(r.period, @search) > 0)`,
    year: 'substr(r.reviewed_on, 1, 4) = @year',
    reviewedFrom: 'r.reviewed_on >= @reviewedFrom',
    reviewedTo: 'r.reviewed_on <= @reviewedTo',
  },
});

export type ServiceRequestSort = 'RAISED_ON' | 'DAYS_OPEN' | 'VILLAGE';

/** 三单 requests with the days each was open until resolved, or has been by the day asked. Bind @asOfDay. */
export const listServiceRequestCards = filteredList<
  Place & { status?: string; raisedFrom?: string; raisedTo?: string },
  ServiceRequestSort
>({
  from: `service_requests s JOIN villages v ON v.village_id = s.village_id
    LEFT JOIN cadres c ON c.cadre_id = s.cadre_id`,
  select: `s.request_id, ${PLACE_COLUMNS}, s.description, s.raised_on, s.status, s.cadre_id, c.name AS cadre_name,
    s.dispatched_on, s.accepted_on, s.resolution, s.resolved_on, s.rating,
    ${daysBetween('s.raised_on', 's.resolved_on')} AS days_open`,
  sorts: {
    RAISED_ON: 's.raised_on',
    DAYS_OPEN: daysBetween('s.raised_on', 's.resolved_on'),
    VILLAGE: 'v.seq',
  },
  defaultSort: 'RAISED_ON',
  tiebreak: 's.seq',
  conditions: {
    ...PLACE,
    search: 'instr(s.description, @search) > 0',
    status: 's.status = @status',
    raisedFrom: 's.raised_on >= @raisedFrom',
    raisedTo: 's.raised_on <= @raisedTo',
  },
});

export type HonorSort = 'AWARDED_ON' | 'LEVEL' | 'CADRE_NAME';

const HONOR_LEVEL_RANK = `CASE h.level WHEN 'TOWNSHIP' THEN 1 WHEN 'DISTRICT' THEN 2 WHEN 'CITY' THEN 3
  WHEN 'PROVINCE' THEN 4 WHEN 'NATIONAL' THEN 5 ELSE 0 END`;

/** Honors of a year with the cadre's name and village. */
export const listHonorRecords = filteredList<Place & { year?: string; level?: string }, HonorSort>({
  from: `honors h ${cadreAndVillage('h')}`,
  select: `h.event_id, h.cadre_id, c.name AS cadre_name, ${PLACE_COLUMNS}, h.title, h.level, h.awarding_body, h.awarded_on`,
  sorts: { AWARDED_ON: 'h.awarded_on', LEVEL: HONOR_LEVEL_RANK, CADRE_NAME: 'c.name' },
  defaultSort: 'AWARDED_ON',
  tiebreak: 'h.event_id',
  conditions: {
    ...PLACE,
    search: '(instr(c.name, @search) > 0 OR instr(h.title, @search) > 0)',
    year: 'substr(h.awarded_on, 1, 4) = @year',
    level: 'h.level = @level',
  },
});

export type AssessmentSort = 'SCORE' | 'BONUS' | 'CADRE_NAME';

/** An assessment of a cadre's file (an item of the document's `assessments`). */
const assessment = (field: string) => `json_extract(a.item, '$.${field}')`;

/** 综合考评 of a year: score, grade and performance bonus, read from each cadre's folded file. */
export const listAnnualAssessments = filteredList<Place & { year?: number; grade?: string }, AssessmentSort>({
  from: `cadre_document_items a ${cadreAndVillage('a')}`,
  always: ["a.list = 'assessments'"],
  select: `c.cadre_id, c.name AS cadre_name, ${PLACE_COLUMNS}, ${assessment('year')} AS year,
    ${assessment('score')} AS score, ${assessment('grade')} AS grade, ${assessment('bonus')} AS bonus,
    ${assessment('assessedOn')} AS assessed_on`,
  sorts: { SCORE: assessment('score'), BONUS: assessment('bonus'), CADRE_NAME: 'c.name' },
  defaultSort: 'SCORE',
  tiebreak: 'c.seq * 1000 + a.seq',
  conditions: {
    ...PLACE,
    search: 'instr(c.name, @search) > 0',
    year: `${assessment('year')} = @year`,
    grade: `${assessment('grade')} = @grade`,
  },
});

export type BenefitSort = 'AMOUNT' | 'KIND' | 'CADRE_NAME';

/** 关爱保障 of a year: health checkups, pension subsidies, accident insurance (sensitive, PIPL Art. 28). */
export const listBenefitGrants = filteredList<Place & { year?: number; kind?: string }, BenefitSort>({
  from: `benefits b ${cadreAndVillage('b')}`,
  select: `b.event_id, b.cadre_id, c.name AS cadre_name, ${PLACE_COLUMNS}, b.kind, b.year, b.amount`,
  sorts: { AMOUNT: 'b.amount', KIND: 'b.kind', CADRE_NAME: 'c.name' },
  defaultSort: 'AMOUNT',
  tiebreak: 'b.event_id',
  conditions: {
    ...PLACE,
    search: 'instr(c.name, @search) > 0',
    year: 'b.year = @year',
    kind: 'b.kind = @kind',
  },
});
