import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileOf } from './support/appointment-fixture.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';
import { aVillage } from './support/village-setup.js';
import { noonOf } from './support/zhouwang-day.js';

/** Days that look like dates and are not: no 30 February, no 29 February in 2025, no 31 April, no month 13. */
const IMPOSSIBLE = ['2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00'];

let t: TestGateway;
let villageId: string;

beforeAll(async () => {
  t = await startTestGateway({ now: noonOf('2026-03-10') });
  villageId = await aVillage(t.system);
});

afterAll(async () => {
  await t.stop();
});

const ASKS = [
  {
    what: 'a command’s business date',
    field: 'registeredOn',
    send: (day: string, headers?: Record<string, string>) =>
      t.graphql(
        'mutation($c: ID!, $d: String) { registerTownship(commandId: $c, input: { name: "周王镇", district: "长丰县", registeredOn: $d }) { position } }',
        { c: randomUUID(), d: day },
        headers,
      ),
  },
  {
    what: 'a date inside a cadre’s file',
    field: 'profile.birthDate',
    send: (day: string, headers?: Record<string, string>) =>
      t.graphql(
        'mutation($c: ID!, $v: ID!, $p: CadreProfileInput!) { registerCadre(commandId: $c, input: { villageId: $v, profile: $p }) { position } }',
        { c: randomUUID(), v: villageId, p: { ...profileOf('张三', 'MALE', '1980-05-12'), birthDate: day } },
        headers,
      ),
  },
  {
    what: 'the statistics’ day',
    field: 'asOf',
    send: (day: string, headers?: Record<string, string>) =>
      t.graphql('query($d: String) { statistics(asOf: $d) { __typename } }', { d: day }, headers),
  },
  {
    what: 'a list’s day',
    field: 'asOf',
    send: (day: string, headers?: Record<string, string>) =>
      t.graphql('query($d: String) { honors(asOf: $d) { totalCount } }', { d: day }, headers),
  },
];

describe('an impossible date through GraphQL', () => {
  it.each(ASKS)(
    'is refused as INVALID_DATE in zh-CN and en, writing nothing: $what',
    async ({ field, send }) => {
      const before = await t.system.store.headPosition();
      for (const day of IMPOSSIBLE) {
        const zh = await send(day);
        expect(zh.errors?.[0]?.extensions, day).toMatchObject({
          code: 'BAD_USER_INPUT',
          rule: 'INVALID_DATE',
          field,
          messages: { zh: expect.stringMatching(/日期/), en: expect.stringMatching(/date/) },
        });
        expect(zh.errors?.[0]?.message).toBe(zh.errors?.[0]?.extensions.messages.zh);
        const en = await send(day, { 'accept-language': 'en' });
        expect(en.errors?.[0]?.message).toBe(en.errors?.[0]?.extensions.messages.en);
      }
      expect(await t.system.store.headPosition()).toBe(before);
    },
  );

  it('is told apart from a real leap day, which is taken', async () => {
    const { data, errors } = await ASKS[0]!.send('2024-02-29');
    expect(errors).toBeUndefined();
    expect(data.registerTownship.position).toMatch(/^\d+$/);
  });
});

describe('time travel to an impossible day', () => {
  it('refuses cadreAsOf on 30 February with INVALID_AS_OF, and takes a real day', async () => {
    const cadre = randomUUID();
    const refused = await t.graphql('query($id: ID!) { cadreAsOf(id: $id, asOf: "2026-02-30") { state } }', {
      id: cadre,
    });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'INVALID_AS_OF' });
    const real = await t.graphql('query($id: ID!) { cadreAsOf(id: $id, asOf: "2026-02-28") { asOf } }', {
      id: cadre,
    });
    expect(real.errors?.[0]?.extensions.rule).not.toBe('INVALID_AS_OF');
  });
});
