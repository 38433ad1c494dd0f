import { idNumberCheckChar, maskIdNumber, maskPhone } from '@cadre/domain';
import { describe, expect, it } from 'vitest';
import {
  IDENTIFYING_FIELDS,
  maskAnyIdNumber,
  protectPersonalData,
  SENSITIVE_FIELDS,
} from '../src/access/masking.js';
import type { Principal, Role } from '../src/access/roles.js';

/**
 * The definition protectPersonalData must keep answering, key order included, whatever way a faster
 * version builds its view. Two were tried, field by field and rest destructuring: faster alone, but
 * neither made the executed roster page faster (its executor reads the views), so the spread stayed.
 */
function spreadAndDelete(
  principal: Principal | null,
  cadre: Record<string, unknown>,
  selected?: Set<string>,
) {
  const role = principal?.role;
  const identifiers =
    role === 'ADMIN' ||
    role === 'AUDITOR' ||
    (role === 'VILLAGE' && Boolean(cadre.villageId) && cadre.villageId === principal?.villageId);
  const sensitive = role === 'ADMIN' || role === 'AUDITOR';
  const hasValue = (v: unknown) =>
    v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
  const view = { ...cadre };
  const revealed: string[] = [];
  const reveal = (field: string) => {
    if (hasValue(view[field]) && (!selected || selected.has(field))) revealed.push(field);
  };
  const masks: Record<string, (v: string) => string> = { idNumber: maskAnyIdNumber, phone: maskPhone };
  for (const field of ['idNumber', 'phone']) {
    const value = view[field];
    if (identifiers) reveal(field);
    else if (typeof value === 'string') view[field] = masks[field]!(value);
    else if (value !== null && value !== undefined) delete view[field];
  }
  for (const field of ['health', 'familyMembers', 'benefits', 'notes']) {
    if (sensitive) reveal(field);
    else delete view[field];
  }
  if (identifiers) reveal('photoUrl');
  else delete view.photoUrl;
  return { view, revealed };
}

/** mulberry32: a failing case can be replayed from its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (n: number) => Math.floor(next() * n), chance: (p: number) => next() < p };
}

const OPTIONAL_VALUES: Record<string, unknown[]> = {
  villageId: [null, undefined, '', 'village-a', 'village-b'],
  idNumber: [undefined, null, '', '1234', 42, `11010519491231002${idNumberCheckChar('11010519491231002')}`],
  phone: [undefined, null, '', '13800138000', 13800138000],
  health: [undefined, null, '', '良好'],
  familyMembers: [undefined, [], [{ relation: '配偶', name: '家属' }]],
  benefits: [undefined, null, [], [{ kind: 'PENSION_SUBSIDY', year: 2024 }]],
  notes: [undefined, null, '', '备注'],
  photoUrl: [undefined, null, '/photos/abc'],
  posts: [[], [{ committee: 'PARTY', position: 'SECRETARY' }]],
};

function generatedCadre(rng: ReturnType<typeof random>, i: number): Record<string, unknown> {
  const cadre: Record<string, unknown> = { id: `cadre-${i}`, name: `干部${i}` };
  // fields present or absent, in a shuffled order: the view must keep the order the cadre has
  const fields = Object.keys(OPTIONAL_VALUES).sort(() => rng.int(3) - 1);
  for (const field of fields) {
    if (rng.chance(0.2)) continue;
    const values = OPTIONAL_VALUES[field]!;
    cadre[field] = values[rng.int(values.length)];
  }
  return cadre;
}

const principals: (Principal | null)[] = [
  null,
  ...(['ADMIN', 'AUDITOR', 'TOWNSHIP', 'EXTERNAL'] as Role[]).map((role) => ({
    kind: role === 'EXTERNAL' ? ('api-key' as const) : ('user' as const),
    id: 'p-1',
    name: 'p',
    role,
  })),
  { kind: 'user', id: 'p-2', name: 'v', role: 'VILLAGE', villageId: 'village-a' },
];

describe('protectPersonalData answers what the spread-and-delete definition answers', () => {
  it('the same view (values and key order) and the same revealed fields, over 6,000 generated cadres', () => {
    const rng = random(20261201);
    let masked = 0;
    for (let i = 0; i < 1000; i++) {
      const cadre = generatedCadre(rng, i);
      const selected = rng.chance(0.5) ? new Set(['idNumber', 'health', 'photoUrl']) : undefined;
      for (const principal of principals) {
        const expected = spreadAndDelete(principal, cadre, selected);
        const actual = protectPersonalData(principal, cadre as never, selected);
        expect(Object.keys(actual.view)).toEqual(Object.keys(expected.view));
        expect(actual.view).toStrictEqual(expected.view);
        expect(actual.revealed).toEqual(expected.revealed);
        if (actual.view.idNumber !== cadre.idNumber) masked++;
      }
    }
    // the generator reaches the masking branch, not only the cleared one
    expect(masked).toBeGreaterThan(1000);
  });

  it('masks a well-formed ID number for an external app and leaves the cadre it was given untouched', () => {
    const idNumber = `34012119700101900${idNumberCheckChar('34012119700101900')}`;
    const cadre = { id: 'c', idNumber, phone: '13800138000', notes: '备注', familyMembers: [] };
    const { view } = protectPersonalData(principals[4], cadre);
    expect(view).toStrictEqual({
      id: 'c',
      idNumber: maskIdNumber(idNumber),
      phone: maskPhone('13800138000'),
    });
    expect(cadre.notes).toBe('备注');
    expect(cadre.idNumber).toBe(idNumber);
  });

  it('removes every field SENSITIVE_FIELDS and IDENTIFYING_FIELDS name, whichever the lists hold', () => {
    const removed = [...SENSITIVE_FIELDS, ...IDENTIFYING_FIELDS];
    const cadre = Object.fromEntries([['id', 'c'], ...removed.map((field) => [field, `${field}-value`])]);
    expect(Object.keys(protectPersonalData(principals[4], cadre as never).view)).toEqual(['id']);
    const village = protectPersonalData(principals[5], { ...cadre, villageId: 'village-a' } as never).view;
    expect(Object.keys(village)).toEqual(['id', ...IDENTIFYING_FIELDS, 'villageId']);
  });
});
