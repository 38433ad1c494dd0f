import { idNumberCheckChar, maskIdNumber, maskPhone } from '@cadre/domain';
import { describe, expect, it } from 'vitest';
import { IDENTIFYING_FIELDS, protectPersonalData, SENSITIVE_FIELDS } from '../src/access/masking.js';
import type { Principal, Role } from '../src/access/roles.js';

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

describe('protectPersonalData: what each role is not shown', () => {
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
