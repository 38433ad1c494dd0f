import { describe, expect, it } from 'vitest';
import { mayCommandAs } from '../../src/access.js';

describe('mayCommandAs: the gateway’s policy, as the client offers actions', () => {
  const office = { role: 'ADMIN' };
  const secretary = { role: 'VILLAGE', villageId: 'village-a' };
  const auditor = { role: 'AUDITOR' };

  it('lets the township office send every command, about any village or none', () => {
    expect(mayCommandAs(office, 'correctCadreProfile', 'village-b')).toBe(true);
    expect(mayCommandAs(office, 'recordCommitteeReview', null)).toBe(true);
  });

  it('lets a village secretary record their own village’s cadres only, and only what the village records', () => {
    expect(mayCommandAs(secretary, 'leavePost', 'village-a')).toBe(true);
    expect(mayCommandAs(secretary, 'makePledge', 'village-a')).toBe(true);
    expect(mayCommandAs(secretary, 'dispatchServiceRequest', 'village-a')).toBe(true);
    expect(mayCommandAs(secretary, 'leavePost', 'village-b')).toBe(false);
    // A file with no village yet is outside every village.
    expect(mayCommandAs(secretary, 'recordTraining', null)).toBe(false);
    expect(mayCommandAs(secretary, 'evaluatePledge', 'village-a')).toBe(false);
    expect(mayCommandAs(secretary, 'correctCadreProfile', 'village-a')).toBe(false);
  });

  it('lets an auditor, and nobody signed out, send nothing', () => {
    expect(mayCommandAs(auditor, 'recordTraining', 'village-a')).toBe(false);
    expect(mayCommandAs(null, 'recordTraining', 'village-a')).toBe(false);
  });
});
