import { describe, expect, it } from 'vitest';
import { type Caller, mayCallAs, mayOpenAs } from '../../src/access.js';
import { routes } from '../../src/routes.js';

/** A caller with the permissions the gateway would answer in `me.permissions`. */
const caller = (permissions: Record<string, 'EVERYWHERE' | 'OWN_VILLAGE'>, villageId?: string): Caller => ({
  villageId: villageId ?? null,
  permissions: new Map(Object.entries(permissions)),
});

describe('mayCallAs: the gateway’s permissions, as the client offers actions', () => {
  const office = caller({ correctCadreProfile: 'EVERYWHERE', recordCommitteeReview: 'EVERYWHERE' });
  const secretary = caller({ leavePost: 'OWN_VILLAGE', makePledge: 'OWN_VILLAGE' }, 'village-a');

  it('lets a permission that reaches everywhere be used about any village or none', () => {
    expect(mayCallAs(office, 'correctCadreProfile', 'village-b')).toBe(true);
    expect(mayCallAs(office, 'recordCommitteeReview', null)).toBe(true);
  });

  it('keeps an own-village permission to the caller’s village; a file with no village is outside it', () => {
    expect(mayCallAs(secretary, 'leavePost', 'village-a')).toBe(true);
    expect(mayCallAs(secretary, 'leavePost', 'village-b')).toBe(false);
    expect(mayCallAs(secretary, 'makePledge', null)).toBe(false);
  });

  it('refuses what the permissions do not name, and everything to nobody', () => {
    expect(mayCallAs(secretary, 'evaluatePledge', 'village-a')).toBe(false);
    expect(mayCallAs(caller({}), 'recordTraining', 'village-a')).toBe(false);
    expect(mayCallAs(null, 'recordTraining', 'village-a')).toBe(false);
  });
});

describe('mayOpenAs: a route opens when every root field it requires is permitted', () => {
  const register = routes.find((route) => route.path === '/cadres/new')!;
  const roster = routes.find((route) => route.path === '/cadres')!;

  it('opens the register page to a caller who may register, not to one who may only read', () => {
    expect(mayOpenAs(caller({ registerCadre: 'EVERYWHERE' }), register)).toBe(true);
    expect(mayOpenAs(caller({ cadres: 'OWN_VILLAGE' }), register)).toBe(false);
    expect(mayOpenAs(caller({ cadres: 'OWN_VILLAGE' }), roster)).toBe(true);
  });

  it('names what each page needs: every listed page requires at least one root field', () => {
    const listed = routes.filter((route) => route.meta?.title && !route.meta.hideInMenu);
    expect(listed.length).toBeGreaterThan(5);
    for (const route of listed) expect(route.meta?.requires?.length, route.path).toBeGreaterThan(0);
  });
});
