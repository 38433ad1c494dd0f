import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodesOf, OWN_VILLAGE_ONLY, type ZhouwangBoards, zhouwangBoards } from './support/boards-a-setup.js';
import { commandClient } from './support/command-client.js';

const POOL = `query($v: ID, $t: ID, $tier: Int, $source: ReserveSource, $mentored: Boolean, $search: String,
    $sort: ReservePoolSort, $descending: Boolean, $first: Int, $after: String, $asOf: String) {
  reservePool(villageId: $v, townshipId: $t, tier: $tier, source: $source, mentored: $mentored, search: $search,
      sort: $sort, descending: $descending, first: $first, after: $after, asOf: $asOf) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { cadreId cadreName villageId villageName source tier enlistedOn
      mentors { townshipLeader secretaryCadreId secretaryName memberCadreIds memberNames } } }
  }
}`;

/** 后备干部 board over the Zhouwang data set: filters, orders, pages, time travel, a secretary's reach. */
describe('reservePool', () => {
  let z: ZhouwangBoards;
  let all: any[];
  const pool = async (variables: Record<string, unknown>, headers?: Record<string, string>) => {
    const answer = await (headers ? z.t.post(POOL, variables, headers) : z.t.graphql(POOL, variables));
    const connection = answer.data?.reservePool;
    return {
      errors: answer.errors,
      total: connection?.totalCount,
      nodes: connection ? nodesOf(connection) : [],
      page: connection?.pageInfo,
    };
  };
  beforeAll(async () => {
    z = await zhouwangBoards();
    all = (await pool({ first: 200 })).nodes;
  });
  afterAll(() => z.t.stop());

  it('lists the 11 reserve cadres, tier 1 first, each with their village, source and mentors by name', () => {
    expect(all).toHaveLength(11);
    const tiers = all.map((n) => n.tier);
    expect(tiers).toEqual([...tiers].sort());
    expect(tiers[0]).toBe(1);
    for (const node of all) {
      expect(node.villageName).toEqual(expect.any(String));
      if (!node.mentors) continue;
      expect(node.mentors.secretaryName).toEqual(expect.any(String));
      expect(node.mentors.memberNames).toHaveLength(node.mentors.memberCadreIds.length);
    }
    expect(all.some((n) => n.mentors)).toBe(true);
  });

  it('filters by village, township, tier, source, mentors and part of the name', async () => {
    const ofA = await pool({ v: z.villageA });
    expect(ofA.total).toBe(all.filter((n) => n.villageId === z.villageA).length);
    expect(ofA.total).toBeGreaterThan(0);
    expect((await pool({ t: z.townshipId })).total).toBe(11);
    expect((await pool({ t: '00000000-0000-4000-8000-000000000000' })).total).toBe(0);
    const tier2 = await pool({ tier: 2 });
    expect(tier2.total).toBe(all.filter((n) => n.tier === 2).length);
    expect(tier2.nodes.every((n) => n.tier === 2)).toBe(true);
    const veterans = await pool({ source: 'VETERAN' });
    expect(veterans.total).toBe(all.filter((n) => n.source === 'VETERAN').length);
    expect(veterans.total).toBeGreaterThan(0);
    expect((await pool({ mentored: true })).total).toBe(all.filter((n) => n.mentors).length);
    expect((await pool({ mentored: false })).total).toBe(all.filter((n) => !n.mentors).length);
    const name = all[3].cadreName as string;
    const found = await pool({ search: ` ${name.slice(1)} ` });
    expect(found.nodes.map((n) => n.cadreId)).toContain(all[3].cadreId);
    expect(found.nodes.every((n) => n.cadreName.includes(name.slice(1)))).toBe(true);
  });

  it('sorts by name either way and pages through with cursors', async () => {
    const byName = (await pool({ sort: 'NAME', first: 200 })).nodes.map((n) => n.cadreName);
    expect(byName).toEqual([...byName].sort());
    const reversed = (await pool({ sort: 'NAME', descending: true, first: 200 })).nodes.map(
      (n) => n.cadreName,
    );
    expect(reversed).toEqual([...byName].reverse());
    const first = await pool({ first: 4 });
    expect(first.page.hasNextPage).toBe(true);
    const second = await pool({ first: 4, after: first.page.endCursor });
    const third = await pool({ first: 4, after: second.page.endCursor });
    expect(third.page.hasNextPage).toBe(false);
    const paged = [...first.nodes, ...second.nodes, ...third.nodes].map((n) => n.cadreId);
    expect(paged).toEqual(all.map((n) => n.cadreId));
  });

  it('answers as of a past day: nobody before the pool was formed', async () => {
    const enlisted = all.map((n) => n.enlistedOn).sort()[0] as string;
    const dayBefore = new Date(Date.parse(`${enlisted}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect((await pool({ asOf: dayBefore })).total).toBe(0);
    expect((await pool({ asOf: enlisted })).total).toBe(all.filter((n) => n.enlistedOn === enlisted).length);
  });

  it("keeps a village secretary to their own village's pool and refuses another village", async () => {
    const secretary = await z.t.signInAs('VILLAGE', z.villageA);
    const own = await pool({}, secretary);
    expect(own.errors).toBeUndefined();
    expect(own.total).toBe(all.filter((n) => n.villageId === z.villageA).length);
    expect(own.nodes.every((n) => n.villageId === z.villageA)).toBe(true);
    const other = await pool({ v: z.villageB }, secretary);
    expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(other.errors?.[0].message).toBe(OWN_VILLAGE_ONLY);
    const english = await pool({ v: z.villageB }, { ...secretary, 'accept-language': 'en' });
    expect(english.errors?.[0].message).toBe('You may read and record only the cadres of your own village');
  });

  it('takes a reserve cadre out of the pool by leaveReservePool: the office only, with a reason, as an event', async () => {
    const client = commandClient(z.t);
    const leaving = all.find((n) => n.villageId === z.villageA);
    const input = { cadreId: leaving.cadreId, exitedOn: '2026-12-09', reason: '已当选村委会委员' };
    const before = await z.t.system.store.headPosition();
    const secretary = await z.t.signInAs('VILLAGE', z.villageA);
    const refused = await client.send('LeaveReservePool', input, { headers: secretary });
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const noReason = await client.send('LeaveReservePool', { ...input, reason: '' });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await z.t.system.store.headPosition()).toBe(before);

    await client.run('LeaveReservePool', input, { reason: '已当选村委会委员' });
    expect((await client.typesIn(`cadre-${leaving.cadreId}`)).at(-1)).toBe('ReserveCadreLeft');
    const after = await pool({ first: 200 });
    expect(after.total).toBe(10);
    expect(after.nodes.map((n) => n.cadreId)).not.toContain(leaving.cadreId);
    expect((await pool({ asOf: '2026-12-08' })).nodes.map((n) => n.cadreId)).toContain(leaving.cadreId);
    const again = await client.send('LeaveReservePool', input);
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'NOT_A_RESERVE_CADRE',
    });
  });
});
