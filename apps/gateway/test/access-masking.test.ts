import { idNumberCheckChar, maskIdNumber, maskPhone } from '@cadre/domain';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { discloseCadres } from '../src/access/disclose-cadres.js';
import { protectPersonalData, SENSITIVE_FIELDS } from '../src/access/masking.js';
import type { PersonalDataRead } from '../src/access/personal-data-reads.js';
import type { Principal, Role } from '../src/access/roles.js';
import { loadTypeDefs } from '../src/graphql/type-defs.js';

/** A small seeded generator (mulberry32), so a failing case can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const digits = (n: number) => Array.from({ length: n }, () => int(0, 9)).join('');
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return {
    int,
    pick: <T>(items: readonly T[]) => items[int(0, items.length - 1)]!,
    idNumber() {
      const first17 = `${int(11, 65)}${digits(4)}${int(1950, 2004)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${digits(3)}`;
      return first17 + idNumberCheckChar(first17);
    },
    phone: () => `1${int(3, 9)}${digits(9)}`,
  };
}

const VILLAGES = ['village-a', 'village-b', 'village-c'];

function generatedCadres(seed: number, count: number) {
  const rng = random(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `cadre-${seed}-${i}`,
    name: `干部${i}`,
    villageId: rng.int(0, 3) === 0 ? null : rng.pick(VILLAGES),
    idNumber: rng.idNumber(),
    phone: rng.int(0, 4) === 0 ? null : rng.phone(),
    health: rng.pick(['良好', '高血压', '糖尿病']),
    familyMembers: [{ relation: '配偶', name: `家属${i}`, employerAndPost: `某单位${rng.int(1, 99)}` }],
    benefits: [{ kind: rng.pick(['PENSION_SUBSIDY', 'ACCIDENT_INSURANCE', 'HEALTH_CHECKUP']), year: 2024 }],
    posts: [],
  }));
}

function principal(role: Role, villageId?: string): Principal {
  return {
    kind: role === 'EXTERNAL' ? 'api-key' : 'user',
    id: 'p-1',
    name: 'p',
    role,
    ...(villageId ? { villageId } : {}),
  };
}

/** The whole ID number, its hidden middle (the birth date) and a wider run around it: none may leave. */
const hiddenPartsOf = (idNumber: string) => [idNumber, idNumber.slice(6, 14), idNumber.slice(5, 15)];

describe('masking personal data', () => {
  it('never lets an ID number, a phone or sensitive details out to an external app (over 600 generated cadres)', () => {
    for (const seed of [1, 2, 3]) {
      for (const cadre of generatedCadres(seed, 200)) {
        const { view, revealed } = protectPersonalData(principal('EXTERNAL'), cadre);
        const json = JSON.stringify(view);
        for (const part of hiddenPartsOf(cadre.idNumber)) expect(json).not.toContain(part);
        if (cadre.phone) {
          expect(json).not.toContain(cadre.phone);
          expect(json).not.toContain(cadre.phone.slice(3, 7) + cadre.phone.slice(7));
          expect(view.phone).toBe(maskPhone(cadre.phone));
        }
        expect(view.idNumber).toBe(maskIdNumber(cadre.idNumber));
        for (const field of SENSITIVE_FIELDS) expect(view).not.toHaveProperty(field);
        expect(json).not.toContain('家属');
        expect(revealed).toEqual([]);
        expect(view.name).toBe(cadre.name);
      }
    }
  });

  it('masks for anyone without credentials too, and masks malformed values completely', () => {
    const cadre = { id: 'c', villageId: null, idNumber: '12345678', phone: '123', health: 'x' };
    const { view } = protectPersonalData(null, cadre);
    expect(view).toEqual({ id: 'c', villageId: null, idNumber: '********', phone: '****' });
  });

  it('shows everything to ADMIN and AUDITOR and reports what was revealed', () => {
    for (const role of ['ADMIN', 'AUDITOR'] as const) {
      for (const cadre of generatedCadres(4, 50)) {
        const { view, revealed } = protectPersonalData(principal(role), cadre);
        expect(view).toEqual(cadre);
        expect(revealed).toEqual([
          'idNumber',
          ...(cadre.phone ? ['phone'] : []),
          ...SENSITIVE_FIELDS.filter((field) => field in cadre),
        ]);
      }
    }
  });

  it('shows a village secretary identifiers of their own village only, and never sensitive details', () => {
    const secretary = principal('VILLAGE', 'village-a');
    for (const cadre of generatedCadres(5, 200)) {
      const { view, revealed } = protectPersonalData(secretary, cadre);
      for (const field of SENSITIVE_FIELDS) expect(view).not.toHaveProperty(field);
      if (cadre.villageId === 'village-a') {
        expect(view.idNumber).toBe(cadre.idNumber);
        expect(revealed).toContain('idNumber');
      } else {
        for (const part of hiddenPartsOf(cadre.idNumber)) expect(JSON.stringify(view)).not.toContain(part);
        expect(revealed).toEqual([]);
      }
    }
  });

  it('reports as revealed only the personal fields the client selected', () => {
    const [cadre] = generatedCadres(6, 1);
    const { revealed } = protectPersonalData(
      principal('ADMIN'),
      { ...cadre!, phone: '13800138000' },
      new Set(['name', 'phone']),
    );
    expect(revealed).toEqual(['phone']);
  });
});

describe('disclosing cadres from a resolver', () => {
  const cadres = generatedCadres(7, 3).map((cadre) => ({
    ...cadre,
    villageId: 'village-a',
    phone: '13800138000',
    gender: 'MALE',
    ethnicity: '汉族',
    birthDate: '1980-01-01',
    politicalStatus: 'CPC_MEMBER',
    educationLevel: 'BACHELOR',
    registeredAt: '2025-01-01T00:00:00Z',
  }));

  /** The real SDL with resolvers that answer through discloseCadres, as the gateway's will. */
  function schemaLogging(reads: PersonalDataRead[]) {
    return makeExecutableSchema({
      typeDefs: loadTypeDefs(),
      resolvers: {
        Query: {
          cadres: (_: unknown, __: unknown, context: { principal: Principal }, info) => ({
            edges: discloseCadres(cadres, {
              principal: context.principal,
              info,
              record: (r) => reads.push(...r),
            }).map((node) => ({ cursor: node.id, node })),
            pageInfo: { hasNextPage: false, endCursor: null },
            totalCount: cadres.length,
          }),
        },
      },
    });
  }

  it('logs the unmasked fields a query selected, per cadre, under the operation name', async () => {
    const reads: PersonalDataRead[] = [];
    const result = await graphql({
      schema: schemaLogging(reads),
      source: '{ cadres { edges { node { id name ...Contact } } } } fragment Contact on Cadre { phone }',
      contextValue: { principal: principal('ADMIN') },
    });
    expect(result.errors).toBeUndefined();
    expect(reads).toEqual(
      cadres.map((cadre) => ({
        actor: 'user:p-1',
        role: 'ADMIN',
        cadreId: cadre.id,
        fields: ['phone'],
        operation: 'cadres',
      })),
    );
  });

  it('logs nothing when no personal field was selected, or when everything was masked', async () => {
    const reads: PersonalDataRead[] = [];
    const schema = schemaLogging(reads);
    await graphql({
      schema,
      source: '{ cadres { edges { node { id name } } } }',
      contextValue: { principal: principal('ADMIN') },
    });
    const external = await graphql({
      schema,
      source: '{ cadres { edges { node { idNumber phone } } } }',
      contextValue: { principal: principal('EXTERNAL') },
    });
    expect(reads).toEqual([]);
    const nodes = (external.data as any).cadres.edges.map((edge: any) => edge.node);
    expect(nodes[0]).toEqual({ idNumber: maskIdNumber(cadres[0]!.idNumber), phone: '138****8000' });
  });
});
