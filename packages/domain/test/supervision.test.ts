import { describe, expect, it } from 'vitest';
import { cadreAggregate } from '../src/index.js';
import { cadre, MEMBER_SEAT, OTHER_TOWNSHIP, TOMORROW, TOWNSHIP } from './support/fixtures.js';
import { expectRule, Ledger } from './support/ledger.js';
import { appointCadre, registerCadre, secretary, townshipWithVillages } from './support/scenario.js';

const cadreId = cadre(1);
const talk = {
  cadreId,
  townshipId: TOWNSHIP,
  kind: 'HEART_TO_HEART',
  interviewer: '镇党委书记',
  heldOn: '2025-04-01',
  findings: '思想稳定，干事热情高',
};
const appraisal = (incompetent: number, heldOn = '2025-06-01') => ({
  ...talk,
  kind: 'DEMOCRATIC_APPRAISAL',
  heldOn,
  findings: '民主测评',
  votes: { excellent: 3, competent: 4, basicallyCompetent: 3 - Math.min(incompetent, 3), incompetent },
});
const recorded = ({
  townshipId: _townshipId,
  ...interview
}: { townshipId: string } & Record<string, unknown>) => interview;

function withCadre(): Ledger {
  const ledger = townshipWithVillages();
  registerCadre(ledger, 1);
  return ledger;
}

describe('RecordInterview', () => {
  it('records a talk on the cadre', () => {
    const ledger = withCadre();
    expect(ledger.run('RecordInterview', talk).cadre).toEqual([
      { type: 'CadreInterviewed', data: recorded(talk) },
    ]);
    const { cadreId: _cadreId, ...interview } = recorded(talk);
    expect(ledger.state(cadreAggregate, cadreId).interviews).toEqual([interview]);
  });

  it("requires an admonishment when the incompetent share reaches the township's threshold", () => {
    const ledger = withCadre();
    expect(ledger.run('RecordInterview', appraisal(2)).cadre).toHaveLength(1); // 2 of 10
    const { cadre: events } = ledger.run('RecordInterview', appraisal(3, '2025-06-02')); // 3 of 10: exactly 30%
    expect(events?.[1]).toEqual({
      type: 'AdmonishmentRequired',
      data: { cadreId, incompetentShare: 0.3, threshold: 0.3, requiredOn: '2025-06-02' },
    });
    expect(ledger.state(cadreAggregate, cadreId).admonishmentDue).toEqual({
      incompetentShare: 0.3,
      threshold: 0.3,
      requiredOn: '2025-06-02',
    });
    expect(ledger.run('RecordInterview', appraisal(5, '2025-06-03')).cadre, 'already open').toHaveLength(1);
    ledger.run('RecordInterview', {
      ...talk,
      kind: 'ADMONISHMENT',
      heldOn: '2025-06-10',
      findings: '约谈提醒',
    });
    expect(ledger.state(cadreAggregate, cadreId).admonishmentDue).toBeUndefined();
  });

  it('uses the threshold the township set', () => {
    const ledger = withCadre();
    ledger.run('ChangeTownshipSettings', {
      townshipId: TOWNSHIP,
      reviewingDepartments: [{ code: 'PUBLIC_SECURITY', name: '公安' }],
      admonishmentThreshold: 0.5,
    });
    expect(ledger.run('RecordInterview', appraisal(3)).cadre).toHaveLength(1);
  });

  it('leaves the warning open after an admonishment held before it was due', () => {
    const ledger = withCadre();
    ledger.run('RecordInterview', { ...talk, kind: 'ADMONISHMENT', heldOn: '2025-05-01', findings: '约谈' });
    ledger.run('RecordInterview', appraisal(5));
    expect(ledger.state(cadreAggregate, cadreId).admonishmentDue?.requiredOn).toBe('2025-06-01');
  });

  it('refuses a missing cadre or township, votes on the wrong kind, no votes, bad dates', () => {
    const ledger = new Ledger();
    expectRule(ledger.reject('RecordInterview', talk), 'CADRE_NOT_FOUND', 'cadreId', 'NOT_FOUND');
    townshipWithVillages(ledger);
    registerCadre(ledger, 1);
    expectRule(
      ledger.reject('RecordInterview', { ...talk, townshipId: OTHER_TOWNSHIP }),
      'TOWNSHIP_NOT_FOUND',
      'townshipId',
      'NOT_FOUND',
    );
    const { votes: _votes, ...withoutVotes } = appraisal(1);
    expectRule(ledger.reject('RecordInterview', withoutVotes), 'REQUIRED', 'votes');
    expectRule(
      ledger.reject('RecordInterview', { ...talk, votes: appraisal(1).votes }),
      'VOTES_ONLY_FOR_APPRAISAL',
      'votes',
    );
    const empty = { excellent: 0, competent: 0, basicallyCompetent: 0, incompetent: 0 };
    expectRule(ledger.reject('RecordInterview', { ...appraisal(0), votes: empty }), 'NO_VOTES', 'votes');
    expectRule(
      ledger.reject('RecordInterview', { ...appraisal(0), votes: { ...empty, incompetent: -1 } }),
      'TOO_SMALL',
      'votes.incompetent',
    );
    expectRule(ledger.reject('RecordInterview', { ...talk, kind: 'GOSSIP' }), 'INVALID_VALUE', 'kind');
    expectRule(ledger.reject('RecordInterview', { ...talk, heldOn: TOMORROW }), 'DATE_IN_FUTURE', 'heldOn');
    expectRule(ledger.reject('RecordInterview', { ...talk, findings: '' }), 'REQUIRED', 'findings');
  });
});

describe('UpdatePoliticalPortrait', () => {
  const portrait = {
    cadreId,
    text: '政治坚定，群众基础好，带头致富能力强',
    basedOn: ['HEART_TO_HEART', 'DEMOCRATIC_APPRAISAL'],
    updatedOn: '2025-07-01',
  };

  it('draws the portrait of a sitting secretary from recorded talks and appraisals', () => {
    const ledger = townshipWithVillages();
    secretary(ledger, 1);
    ledger.run('RecordInterview', talk);
    ledger.run('RecordInterview', appraisal(0));
    expect(ledger.run('UpdatePoliticalPortrait', portrait).cadre).toEqual([
      { type: 'PoliticalPortraitUpdated', data: portrait },
    ]);
    const { cadreId: _cadreId, ...drawn } = portrait;
    expect(ledger.state(cadreAggregate, cadreId).portrait).toEqual(drawn);
  });

  it('refuses someone who is not a sitting secretary, an unrecorded basis and bad input', () => {
    const ledger = townshipWithVillages();
    expectRule(ledger.reject('UpdatePoliticalPortrait', portrait), 'CADRE_NOT_FOUND', 'cadreId', 'NOT_FOUND');
    registerCadre(ledger, 1);
    ledger.run('RecordInterview', talk);
    appointCadre(ledger, cadreId, MEMBER_SEAT);
    expectRule(ledger.reject('UpdatePoliticalPortrait', portrait), 'NOT_PARTY_SECRETARY', 'cadreId');
    const ledger2 = townshipWithVillages();
    secretary(ledger2, 1);
    ledger2.run('RecordInterview', talk);
    expectRule(
      ledger2.reject('UpdatePoliticalPortrait', portrait),
      'PORTRAIT_BASIS_NOT_RECORDED',
      'basedOn.1',
    );
    expectRule(
      ledger2.reject('UpdatePoliticalPortrait', {
        ...portrait,
        basedOn: ['HEART_TO_HEART'],
        updatedOn: '2025-03-31',
      }),
      'PORTRAIT_BASIS_NOT_RECORDED',
      'basedOn.0',
    );
    expectRule(
      ledger2.reject('UpdatePoliticalPortrait', { ...portrait, basedOn: ['ADMONISHMENT'] }),
      'INVALID_VALUE',
      'basedOn.0',
    );
    expectRule(
      ledger2.reject('UpdatePoliticalPortrait', { ...portrait, basedOn: [] }),
      'REQUIRED',
      'basedOn',
    );
    expectRule(
      ledger2.reject('UpdatePoliticalPortrait', { ...portrait, basedOn: ['FIELD_VISIT', 'FIELD_VISIT'] }),
      'DUPLICATE_ENTRY',
      'basedOn',
    );
    expectRule(
      ledger2.reject('UpdatePoliticalPortrait', { ...portrait, updatedOn: TOMORROW }),
      'DATE_IN_FUTURE',
      'updatedOn',
    );
  });
});
