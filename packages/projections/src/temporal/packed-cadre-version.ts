import type { CadreFacts } from '../statistics/statistics-facts.js';
import { type CadreInScope, type CadreRow, reserveOf } from '../statistics/statistics-rows.js';

/** What the statistics count a cadre version by, apart from its identity, village and birth date. */
export type CadreProfileFacts = Pick<
  CadreFacts,
  'gender' | 'ethnicity' | 'educationLevel' | 'politicalStatus' | 'posts' | 'reserve'
>;

type PackedProfile = [
  CadreRow['gender'],
  string,
  CadreRow['education_level'],
  string,
  string | null,
  number | null,
  Array<[string, string]>,
];

/**
 * A cadre version as the statistics read it, in one column: a read costs per value, so one text per row
 * (split in JavaScript) is cheaper than nine columns. The cadre's key (cadre-keys.ts), village, reserve
 * village (empty when none) and birth date, then the profile, reserve standing and posts as JSON (ASCII
 * only): tabs part them, and neither keys, ids (uuids), dates nor JSON text hold one.
 */
export function packCadreVersion(
  cadreKey: number,
  row: CadreRow,
  posts: ReadonlyArray<{ committee: string; position: string }>,
): string {
  const profile: PackedProfile = [
    row.gender,
    row.ethnicity,
    row.education_level,
    row.political_status,
    row.reserve_source,
    row.reserve_tier,
    posts.map((post) => [post.committee, post.position]),
  ];
  const place = `${row.village_id ?? ''}\t${row.reserve_village_id ?? ''}`;
  return `${cadreKey}\t${place}\t${row.birth_date}\t${asciiJson(profile)}`;
}

/**
 * JSON with every character beyond ASCII escaped (\uXXXX): the text read back is then a one-byte string, half
 * the memory of a two-byte one (an ethnicity such as 汉族 would make the whole text two-byte), and a read's
 * allocations are most of its cost (each answer's rows outlive a young-generation collection).
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Profiles already unpacked: a profile's text always means the same facts, so they never go stale. */
const unpacked = new Map<string, CadreProfileFacts>();
const MOST_KEPT = 16_384;

/**
 * The facts of a packed profile, shared (frozen) by every version with the same text: a district's 2,700
 * cadres have about 65 distinct ones, so each is parsed once.
 */
function unpackProfile(text: string): CadreProfileFacts {
  let profile = unpacked.get(text);
  if (profile) return profile;
  const [gender, ethnicity, educationLevel, politicalStatus, source, tier, posts] = JSON.parse(
    text,
  ) as PackedProfile;
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

/** A cadre version's facts from its packed text (the profile's parts shared, see unpackProfile). */
export function unpackCadreVersion(text: string): CadreInScope {
  const village = text.indexOf('\t');
  const reserveVillage = text.indexOf('\t', village + 1);
  const birth = text.indexOf('\t', reserveVillage + 1);
  const profile = text.indexOf('\t', birth + 1);
  const { gender, ethnicity, educationLevel, politicalStatus, posts, reserve } = unpackProfile(
    text.slice(profile + 1),
  );
  return {
    cadreId: Number(text.slice(0, village)),
    villageId: village + 1 === reserveVillage ? null : text.slice(village + 1, reserveVillage),
    reserveVillageId: reserveVillage + 1 === birth ? null : text.slice(reserveVillage + 1, birth),
    gender,
    ethnicity,
    birthDate: text.slice(birth + 1, profile),
    educationLevel,
    politicalStatus,
    posts,
    reserve,
  };
}
