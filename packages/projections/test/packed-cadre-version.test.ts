import { describe, expect, it } from 'vitest';
import type { CadreRow } from '../src/statistics/statistics-rows.js';
import { packProfile, unpackProfile } from '../src/temporal/packed-profile.js';

const row: CadreRow = {
  cadre_id: 'c-1',
  village_id: 'v-1',
  reserve_village_id: 'v-2',
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

describe("a cadre version's packed profile", () => {
  it('unpacks to the facts the columns and posts give, in the posts order', () => {
    expect(unpackProfile(packProfile(row, posts))).toEqual({
      gender: 'FEMALE',
      ethnicity: '回族',
      educationLevel: 'BACHELOR',
      politicalStatus: 'CPC_PROBATIONARY',
      posts,
      reserve: { source: 'VETERAN', tier: 2 },
    });
  });

  it('holds no reserve without a source, and a tier of 0 when the source has none', () => {
    const none = { ...row, reserve_source: null, reserve_tier: null };
    expect(unpackProfile(packProfile(none, [])).reserve).toBeNull();
    expect(unpackProfile(packProfile({ ...row, reserve_tier: null }, [])).reserve).toEqual({
      source: 'VETERAN',
      tier: 0,
    });
  });

  it('is shared by the versions of the same text, and cannot be changed by one of them', () => {
    const text = packProfile(row, posts);
    const first = unpackProfile(text);
    expect(unpackProfile(`${text}`)).toBe(first);
    expect(() => first.posts.push({ committee: 'X', position: 'Y' })).toThrow(TypeError);
    expect(() => {
      (first.posts[0] as { position: string }).position = 'MEMBER';
    }).toThrow(TypeError);
    expect(() => {
      (first.reserve as { tier: number }).tier = 9;
    }).toThrow(TypeError);
  });

  it('differs for versions that differ in any counted fact', () => {
    const texts = new Set([
      packProfile(row, posts),
      packProfile({ ...row, gender: 'MALE' }, posts),
      packProfile({ ...row, ethnicity: '汉族' }, posts),
      packProfile({ ...row, education_level: 'POSTGRADUATE' }, posts),
      packProfile({ ...row, political_status: 'MASSES' }, posts),
      packProfile({ ...row, reserve_source: 'OTHER' }, posts),
      packProfile({ ...row, reserve_tier: 1 }, posts),
      packProfile(row, posts.slice(1)),
    ]);
    expect(texts.size).toBe(8);
  });
});
