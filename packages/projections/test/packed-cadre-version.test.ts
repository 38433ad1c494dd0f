import { describe, expect, it } from 'vitest';
import type { CadreRow } from '../src/statistics/statistics-rows.js';
import { packCadreVersion, unpackCadreVersion } from '../src/temporal/packed-cadre-version.js';

const row: CadreRow = {
  cadre_id: '0d3c1f9e-5b1a-4c2e-9f4a-1a2b3c4d5e6f',
  village_id: '7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b',
  reserve_village_id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  gender: 'FEMALE',
  ethnicity: '回族',
  birth_date: '1990-02-03',
  education_level: 'BACHELOR',
  political_status: 'CPC_PROBATIONARY',
  reserve_source: 'VETERAN',
  reserve_tier: 2,
};
const posts = [
  { committee: 'PARTY_BRANCH', position: 'PARTY_SECRETARY' },
  { committee: 'RESIDENTS_COMMITTEE', position: 'CHAIR' },
];
/** The cadre's key in the temporal read models (cadre-keys.ts): the packed text names the cadre by it. */
const KEY = 4711;
const unpack = (r: CadreRow, p: typeof posts = [], key = KEY) =>
  unpackCadreVersion(packCadreVersion(key, r, p));

describe("a cadre version's packed facts", () => {
  it('unpack to the facts the columns and posts give, in the posts order, the cadre named by its key', () => {
    expect(unpack(row, posts)).toEqual({
      cadreId: KEY,
      villageId: row.village_id,
      reserveVillageId: row.reserve_village_id,
      gender: 'FEMALE',
      ethnicity: '回族',
      birthDate: '1990-02-03',
      educationLevel: 'BACHELOR',
      politicalStatus: 'CPC_PROBATIONARY',
      posts,
      reserve: { source: 'VETERAN', tier: 2 },
    });
  });

  it('keep no village and no reserve as null, and a tier of 0 when the source has none', () => {
    const none = {
      ...row,
      village_id: null,
      reserve_village_id: null,
      reserve_source: null,
      reserve_tier: null,
    };
    expect(unpack(none)).toMatchObject({ villageId: null, reserveVillageId: null, reserve: null });
    expect(unpack({ ...row, village_id: null }).reserveVillageId).toBe(row.reserve_village_id);
    expect(unpack({ ...row, reserve_tier: null }).reserve).toEqual({ source: 'VETERAN', tier: 0 });
  });

  it('keep an ethnicity with the separators and quotes of the packing as it was', () => {
    const ethnicity = '维吾尔\t族 "|" \\';
    expect(unpack({ ...row, ethnicity }, posts)).toMatchObject({ ethnicity, birthDate: '1990-02-03', posts });
  });

  it('are ASCII text (read back as one-byte strings), the characters beyond it escaped and restored', () => {
    const ethnicity = '汉族 𠀋';
    const text = packCadreVersion(KEY, { ...row, ethnicity }, posts);
    expect([...text].every((character) => character.charCodeAt(0) < 0x80)).toBe(true);
    expect(unpackCadreVersion(text).ethnicity).toBe(ethnicity);
  });

  it('share the profile of the versions of the same text, which none of them can change', () => {
    const first = unpack(row, posts);
    const second = unpack({ ...row, cadre_id: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a' }, posts, KEY + 1);
    expect(second.cadreId).toBe(KEY + 1);
    expect(second.posts).toBe(first.posts);
    expect(second.reserve).toBe(first.reserve);
    expect(() => first.posts.push({ committee: 'X', position: 'Y' })).toThrow(TypeError);
    expect(() => {
      (first.posts[0] as { position: string }).position = 'MEMBER';
    }).toThrow(TypeError);
    expect(() => {
      (first.reserve as { tier: number }).tier = 9;
    }).toThrow(TypeError);
  });

  it('differ for versions that differ in any counted fact', () => {
    const texts = new Set([
      packCadreVersion(KEY, row, posts),
      packCadreVersion(KEY, { ...row, village_id: null }, posts),
      packCadreVersion(KEY, { ...row, reserve_village_id: null }, posts),
      packCadreVersion(KEY, { ...row, birth_date: '1990-02-04' }, posts),
      packCadreVersion(KEY, { ...row, gender: 'MALE' }, posts),
      packCadreVersion(KEY, { ...row, ethnicity: '汉族' }, posts),
      packCadreVersion(KEY, { ...row, education_level: 'POSTGRADUATE' }, posts),
      packCadreVersion(KEY, { ...row, political_status: 'MASSES' }, posts),
      packCadreVersion(KEY, { ...row, reserve_source: 'OTHER' }, posts),
      packCadreVersion(KEY, { ...row, reserve_tier: 1 }, posts),
      packCadreVersion(KEY, row, posts.slice(1)),
      packCadreVersion(KEY + 1, row, posts),
    ]);
    expect(texts.size).toBe(12);
  });
});
