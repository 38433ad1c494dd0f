import { deterministicUuid } from '@cadre/application';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CadreFilter,
  type CadreSort,
  endCursorOf,
  escapeLike,
  listCadres,
  rosterFacetDisagreements,
} from '../src/index.js';
import { DossierWorld, PLACES, profileOf } from './support/dossier-world.js';

const NOW = new Date('2026-06-01T04:00:00Z');
const DAY = '2020-01-01';
const { villageA, villageB } = PLACES;

/** Names LIKE treats in its own ways: ASCII case folded, other letters not, a character outside the BMP, wildcards. */
const TRICKY_NAMES = [
  'Ann Lee',
  'ANNA',
  'anna',
  'Émile',
  'émile',
  '阿依古丽·买买提',
  '王王',
  '王小王',
  '𠀀明',
  '明𠀀',
  '100%_王',
  'back\\slash',
  '李 四',
];
const SEARCHES = [
  'a',
  'A',
  'an',
  'NN',
  'É',
  'é',
  'e',
  '王',
  '王王',
  '小王',
  '·',
  '𠀀',
  '𠀀明',
  '%',
  '_',
  '%_',
  '\\',
  ' ',
  '李 ',
  'x',
  '明王',
];
const SORTS: CadreSort[] = ['REGISTERED', 'NAME', 'BIRTH_DATE'];

/** Every cadre the filter finds, page after page of `first`, as the ids in the page order. */
function everyPage(world: DossierWorld, filter: CadreFilter, sort: CadreSort, descending: boolean) {
  const ids: string[] = [];
  let after: string | undefined;
  let totalCount = -1;
  for (;;) {
    const page = listCadres(world.db, filter, { first: 4, sort, descending, ...(after ? { after } : {}) });
    ids.push(...page.nodes.map((node) => node.cadreId));
    totalCount = page.totalCount;
    if (!page.hasNextPage) break;
    after = endCursorOf(page);
  }
  return { ids, totalCount };
}

/** The roster's answer from the rows themselves: the conditions the facets stand for, and LIKE. */
function fromRows(world: DossierWorld, filter: CadreFilter, sort: CadreSort, descending: boolean) {
  const where: string[] = ['1'];
  if (filter.villageId) where.push('(village_id = @villageId OR reserve_village_id = @villageId)');
  const current = 'SELECT 1 FROM posts p WHERE p.cadre_id = cadres.cadre_id AND p.left_on IS NULL';
  if (filter.role === 'COMMITTEE_MEMBER') where.push(`EXISTS (${current})`);
  if (filter.role === 'PARTY_SECRETARY') where.push(`EXISTS (${current} AND p.position = 'PARTY_SECRETARY')`);
  if (filter.role === 'RESERVE') where.push('reserve_village_id IS NOT NULL');
  if (filter.search) where.push(`name LIKE @search ESCAPE '\\'`);
  const column = { REGISTERED: 'seq', NAME: 'name', BIRTH_DATE: 'birth_date' }[sort];
  const direction = descending ? 'DESC' : 'ASC';
  const ids = world.db
    .prepare(
      `SELECT cadre_id FROM cadres WHERE ${where.join(' AND ')} ORDER BY ${column} ${direction}, seq ${direction}`,
    )
    .pluck()
    .all({
      villageId: filter.villageId,
      search: filter.search && `%${escapeLike(filter.search)}%`,
    }) as string[];
  return { ids, totalCount: ids.length };
}

function expectTheRowsAnswer(world: DossierWorld, filters: CadreFilter[]) {
  for (const filter of filters)
    for (const sort of SORTS)
      for (const descending of [false, true])
        expect(
          everyPage(world, filter, sort, descending),
          JSON.stringify({ filter, sort, descending }),
        ).toEqual(fromRows(world, filter, sort, descending));
}

const FILTERS: CadreFilter[] = [
  {},
  { villageId: villageA },
  { villageId: villageB },
  { role: 'COMMITTEE_MEMBER' },
  { role: 'PARTY_SECRETARY' },
  { role: 'RESERVE' },
  ...SEARCHES.map((search) => ({ search })),
  { villageId: villageA, search: '王' },
  { role: 'RESERVE', search: 'a' },
  { villageId: villageB, role: 'RESERVE', search: 'nn' },
  { role: 'PARTY_SECRETARY', villageId: villageB },
];

describe('the roster’s facets (a page of any filter is a range of one index, its total a kept count)', () => {
  let world: DossierWorld;
  const cadreOf = (i: number) => deterministicUuid('roster-facets', String(i));
  beforeAll(async () => {
    world = new DossierWorld(NOW);
    await world.setUp(DAY);
    for (const [i, name] of TRICKY_NAMES.entries()) {
      await world.run('RegisterCadre', {
        cadreId: cadreOf(i),
        villageId: i % 2 === 0 ? villageA : villageB,
        profile: profileOf(name, `19${70 + (i % 3)}-0${1 + (i % 9)}-15`, 10 + i),
        registeredOn: DAY,
      });
      if (i % 3 === 0)
        await world.run('EnlistReserveCadre', {
          cadreId: cadreOf(i),
          villageId: villageB,
          source: 'RETURNING_GRADUATE',
          tier: 1,
          enlistedOn: DAY,
        });
    }
    await world.caughtUp();
  });
  afterAll(() => world.close());

  it('find what LIKE and the row conditions find, in the same order, page after page, with the same totals', () => {
    expect(rosterFacetDisagreements(world.db)).toEqual([]);
    expectTheRowsAnswer(world, FILTERS);
    expect(listCadres(world.db, { search: 'a' }, {}).totalCount).toBe(4); // Ann Lee, ANNA, anna, back\slash
    expect(listCadres(world.db, { search: '王王' }, {}).totalCount).toBe(1);
  });

  it('follow a renamed cadre, a post left and a reserve place, rows and counts alike', async () => {
    const mentorOfVillageA = () =>
      listCadres(world.db, { villageId: villageA }, { first: 50 }).nodes.find(
        (node) => node.cadreId === PLACES.mentorId,
      )!;
    expect(mentorOfVillageA().currentPosts.map((post) => post.position)).toEqual(['PARTY_SECRETARY']);
    await world.run('CorrectCadreProfile', {
      cadreId: cadreOf(6),
      changes: { name: 'Wang 王' },
      reason: '档案核对',
      correctedOn: '2020-02-01',
    });
    await world.run('LeavePost', {
      cadreId: PLACES.mentorId,
      villageId: villageA,
      committee: 'PARTY_COMMITTEE',
      position: 'PARTY_SECRETARY',
      reason: 'RESIGNED',
      leftOn: '2020-02-01',
    });
    await world.run('EnlistReserveCadre', {
      cadreId: cadreOf(1),
      villageId: villageA,
      source: 'RETURNING_GRADUATE',
      tier: 2,
      enlistedOn: '2020-02-01',
    });
    await world.caughtUp();
    expect(rosterFacetDisagreements(world.db)).toEqual([]);
    // the summary kept from before the post was left is not served again
    expect(mentorOfVillageA().currentPosts).toEqual([]);
    expect(listCadres(world.db, { role: 'PARTY_SECRETARY' }, {}).totalCount).toBe(0);
    expect(listCadres(world.db, { search: '王王' }, {}).totalCount).toBe(0);
    expect(listCadres(world.db, { search: 'w' }, {}).nodes.map((n) => n.profile.name)).toEqual(['Wang 王']);
    expectTheRowsAnswer(world, FILTERS);
  });

  it('are found out when they drift from the rows (a facet missing, a count off)', () => {
    world.db
      .prepare(
        "DELETE FROM cadre_facets WHERE facet = 'name:𠀀' AND seq = (SELECT MIN(seq) FROM cadre_facets WHERE facet = 'name:𠀀')",
      )
      .run();
    world.db.prepare("UPDATE cadre_facet_counts SET cadres = cadres + 1 WHERE facet = 'role:RESERVE'").run();
    const found = rosterFacetDisagreements(world.db);
    expect(found.some((line) => line.startsWith('missing facet') && line.includes('name:𠀀'))).toBe(true);
    expect(found.some((line) => line.startsWith('count') && line.includes('role:RESERVE'))).toBe(true);
  });
});
