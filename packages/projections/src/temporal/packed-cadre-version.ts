import type { CadreFacts } from '../statistics/statistics-facts.js';
import { type CadreRow, reserveOf } from '../statistics/statistics-rows.js';

/** What the statistics count a cadre version by, apart from its identity, village and birth date. */
export type CadreProfileFacts = Pick<
  CadreFacts,
  'gender' | 'ethnicity' | 'educationLevel' | 'politicalStatus' | 'posts' | 'reserve'
>;

type Packed = [
  CadreRow['gender'],
  string,
  CadreRow['education_level'],
  string,
  string | null,
  number | null,
  Array<[string, string]>,
];

/**
 * A version's profile, reserve standing and posts as one column: a district's 2,700 cadres share about 65
 * of them, so a read turns each distinct text into facts once instead of reading seven columns per row.
 */
export function packProfile(
  row: CadreRow,
  posts: ReadonlyArray<{ committee: string; position: string }>,
): string {
  const packed: Packed = [
    row.gender,
    row.ethnicity,
    row.education_level,
    row.political_status,
    row.reserve_source,
    row.reserve_tier,
    posts.map((post) => [post.committee, post.position]),
  ];
  return JSON.stringify(packed);
}

/** Profiles already unpacked: a profile's text always means the same facts, so they never go stale. */
const unpacked = new Map<string, CadreProfileFacts>();
const MOST_KEPT = 16_384;

/** The facts of a packed profile, shared (frozen) by every version that has the same text. */
export function unpackProfile(text: string): CadreProfileFacts {
  let profile = unpacked.get(text);
  if (profile) return profile;
  const [gender, ethnicity, educationLevel, politicalStatus, source, tier, posts] = JSON.parse(
    text,
  ) as Packed;
  const reserve = reserveOf(source, tier);
  profile = Object.freeze({
    gender,
    ethnicity,
    educationLevel,
    politicalStatus,
    posts: Object.freeze(
      posts.map(([committee, position]) => Object.freeze({ committee, position })),
    ) as CadreFacts['posts'],
    reserve: reserve && Object.freeze(reserve),
  });
  if (unpacked.size >= MOST_KEPT) unpacked.clear();
  unpacked.set(text, profile);
  return profile;
}
