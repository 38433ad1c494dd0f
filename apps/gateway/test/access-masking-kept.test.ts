import { idNumberCheckChar, maskIdNumber } from '@cadre/domain';
import type { CadreSummary } from '@cadre/projections';
import { describe, expect, it } from 'vitest';
import { protectPersonalData } from '../src/access/masking.js';
import type { Principal, Role } from '../src/access/roles.js';
import { cadreNode } from '../src/graphql/queries/cadre-node.js';

/** A roster row's node as a kept (frozen) summary gives it, and the same cadre as an unfrozen copy. */
const idNumber = `34012119700101900${idNumberCheckChar('34012119700101900')}`;
const cadre = () => ({
  id: 'c-1',
  name: '王五',
  villageId: 'village-a',
  idNumber,
  phone: '13800138000',
  health: '良好',
  familyMembers: [{ relation: '配偶', name: '李四' }],
  benefits: [],
  notes: '备注',
  photoUrl: '/photos/c-1',
  posts: [],
});

const principals: Record<string, Principal | null> = {
  anonymous: null,
  ...Object.fromEntries(
    (['ADMIN', 'AUDITOR', 'TOWNSHIP', 'EXTERNAL'] as Role[]).map((role) => [
      role,
      { kind: role === 'EXTERNAL' ? 'api-key' : 'user', id: 'p-1', name: 'p', role } as Principal,
    ]),
  ),
  'VILLAGE (its own)': { kind: 'user', id: 'p-2', name: 'v', role: 'VILLAGE', villageId: 'village-a' },
  'VILLAGE (another)': { kind: 'user', id: 'p-3', name: 'w', role: 'VILLAGE', villageId: 'village-b' },
};

describe('protectPersonalData of a frozen (kept) cadre: one view per clearance, shared', () => {
  it('gives every principal, in any order, the view and reads an unfrozen copy gets', () => {
    const kept = Object.freeze(cadre());
    const selections = [undefined, new Set(['id', 'idNumber']), new Set(['health', 'photoUrl', 'phone'])];
    // every principal twice, in both orders: a view made for one clearance is never served to another
    const order = [...Object.keys(principals), ...Object.keys(principals).reverse()];
    for (const who of order)
      for (const selected of selections) {
        const principal = principals[who];
        expect(protectPersonalData(principal, kept, selected), who).toStrictEqual(
          protectPersonalData(principal, cadre(), selected),
        );
      }
    expect(protectPersonalData(principals.EXTERNAL, kept).view.idNumber).toBe(maskIdNumber(idNumber));
    expect(protectPersonalData(principals.ADMIN, kept).view.idNumber).toBe(idNumber);
  });

  it('reports what each call selected, not what the first call did', () => {
    const kept = Object.freeze(cadre());
    expect(protectPersonalData(principals.ADMIN, kept, new Set(['id'])).revealed).toEqual([]);
    expect(protectPersonalData(principals.ADMIN, kept, new Set(['phone', 'notes'])).revealed).toEqual([
      'phone',
      'notes',
    ]);
    expect(protectPersonalData(principals.ADMIN, kept).revealed).toEqual([
      'idNumber',
      'phone',
      'health',
      'familyMembers',
      'notes',
      'photoUrl',
    ]);
  });

  it('shares one frozen view per clearance, which no request can change for the next', () => {
    const kept = Object.freeze(cadre());
    const first = protectPersonalData(principals.EXTERNAL, kept).view;
    expect(protectPersonalData(principals.TOWNSHIP, kept).view).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      (first as { idNumber?: string }).idNumber = idNumber;
    }).toThrow(TypeError);
    expect(protectPersonalData(principals.ADMIN, kept).view).not.toBe(first);
  });

  it('copies an unfrozen cadre on every call, as before', () => {
    const open = cadre();
    const view = protectPersonalData(principals.EXTERNAL, open).view;
    expect(Object.isFrozen(view)).toBe(false);
    expect(protectPersonalData(principals.EXTERNAL, open).view).not.toBe(view);
  });
});

describe('cadreNode of a frozen (kept) summary', () => {
  const summary = (): CadreSummary =>
    ({
      cadreId: 'c-1',
      villageId: 'village-a',
      profile: { name: '王五', gender: 'MALE', birthDate: '1970-06-15', idNumber },
      currentPosts: [],
      reserve: false,
      registeredAt: '2025-01-01T00:00:00.000Z',
    }) as unknown as CadreSummary;

  it('is the same frozen node on the same day, and the node an unfrozen copy gives', () => {
    const kept = Object.freeze(summary());
    const node = cadreNode(kept, '2026-06-14');
    expect(cadreNode(kept, '2026-06-14')).toBe(node);
    expect(Object.isFrozen(node)).toBe(true);
    expect(Object.isFrozen(node.resume) && Object.isFrozen(node.familyMembers)).toBe(true);
    expect(node).toStrictEqual(cadreNode(summary(), '2026-06-14'));
    expect(node.age).toBe(55);
  });

  it('is built again when the day moves (the age changes on the birthday)', () => {
    const kept = Object.freeze(summary());
    const before = cadreNode(kept, '2026-06-14');
    const birthday = cadreNode(kept, '2026-06-15');
    expect(birthday).not.toBe(before);
    expect(birthday.age).toBe(56);
    expect(birthday).toStrictEqual(cadreNode(summary(), '2026-06-15'));
  });
});
