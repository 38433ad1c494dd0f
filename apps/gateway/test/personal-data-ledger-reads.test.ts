import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { appointmentFixture, profileOf } from './support/appointment-fixture.js';
import { commandClient } from './support/command-client.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';
import { noonOf } from './support/zhouwang-day.js';

const TODAY = '2026-06-01';
const EVERY_FIELD = ['idNumber', 'phone', 'health', 'familyMembers', 'benefits'];

/** A file with every kind of personal data: ID number, phone, health, a family member. */
const PROFILE = {
  ...profileOf('钱芳', 'FEMALE', '1979-11-23', 7),
  phone: '13905510123',
  health: '良好',
  familyMembers: [{ relation: '配偶', name: '孙强' }],
};

/** Runs a subscription over graphql-ws until it has sent `count` results. */
function subscribe(t: TestGateway, headers: Record<string, string>, query: string, count: number) {
  const client = createClient({
    url: `${t.gateway.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: headers.authorization },
    lazy: false,
  });
  const results: any[] = [];
  const done = new Promise<any[]>((resolve, reject) => {
    const stop = client.subscribe(
      { query },
      {
        next: (value) => {
          results.push(value);
          if (results.length === count) {
            stop();
            resolve(results);
          }
        },
        error: reject,
        complete: () => resolve(results),
      },
    );
  });
  return done.finally(() => client.dispose());
}

/**
 * The audit paths answer raw events and folded states: ID numbers, phones and family details in clear.
 * Each such answer is in the personal-data read log, as `cadre` and `cadres` are.
 */
describe('reads of personal data through the event log, histories, past states and live events', () => {
  let t: TestGateway;
  let auditor: Record<string, string>;
  let actor: string;
  let cadreId: string;
  let villageId: string;
  let townshipId: string;

  /** The whole log as the auditors read it, newest first. */
  const log = async () => {
    const { data, errors } = await t.post(
      '{ personalDataReads(limit: 1000) { actor role cadreId fields operation } }',
      {},
      auditor,
    );
    expect(errors).toBeUndefined();
    return data.personalDataReads as any[];
  };
  /** What one query added to the log, after checking it answered without errors. */
  const added = async (query: string, variables: Record<string, unknown> = {}) => {
    const before = (await log()).length;
    const answer = await t.post(query, variables, auditor);
    expect(answer.errors).toBeUndefined();
    const after = await log();
    return { answer: answer.data, rows: after.slice(0, after.length - before) };
  };

  beforeAll(async () => {
    t = await startTestGateway({ now: noonOf(TODAY) });
    const client = commandClient(t);
    const fixture = await appointmentFixture(client, PROFILE);
    ({ cadreId, villageId, townshipId } = fixture);
    await client.run('AppointCadre', fixture.appointment);
    await client.run('GrantBenefit', { cadreId, kind: 'ACCIDENT_INSURANCE', year: 2026, amount: 300 });
    auditor = await t.signInAs('AUDITOR');
    actor = `user:${(await t.post('{ me { id } }', {}, auditor)).data.me.id}`;
  });
  afterAll(() => t.stop());

  it("logs an event log page that shows a cadre's events with their data: who, whose, which fields, eventLog", async () => {
    const { answer, rows } = await added(
      'query($s: String) { eventLog(first: 50, filter: { streamId: $s }) { edges { node { type data } } } }',
      { s: `cadre-${cadreId}` },
    );
    const data = answer.eventLog.edges.map((e: any) => e.node.data).join('\n');
    expect(data).toContain(PROFILE.idNumber);
    expect(data).toContain(PROFILE.phone);
    expect(rows).toEqual([{ actor, role: 'AUDITOR', cadreId, fields: EVERY_FIELD, operation: 'eventLog' }]);
  });

  it('adds no row for a page of village events, nor for cadre events whose data was not asked for', async () => {
    const village = await added(
      'query($s: String) { eventLog(first: 50, filter: { streamId: $s }) { edges { node { type data } } } }',
      { s: `village-${villageId}` },
    );
    expect(village.answer.eventLog.edges.length).toBeGreaterThan(0);
    expect(village.rows).toEqual([]);
    const withoutData = await added(
      'query($s: String) { eventLog(first: 50, filter: { streamId: $s }) { edges { node { type hash } } } }',
      { s: `cadre-${cadreId}` },
    );
    expect(withoutData.answer.eventLog.edges.length).toBeGreaterThan(3);
    expect(withoutData.rows).toEqual([]);
  });

  it('logs a page of the whole event log once per cadre shown, under eventLog', async () => {
    const { rows } = await added('{ eventLog(first: 200) { edges { node { data } } } }');
    expect(rows).toEqual([{ actor, role: 'AUDITOR', cadreId, fields: EVERY_FIELD, operation: 'eventLog' }]);
  });

  it("logs a cadre's history read with its data under cadreHistory, a page without personal events not at all", async () => {
    const { answer, rows } = await added(
      'query($id: ID!) { cadreHistory(id: $id) { edges { node { type data } } } }',
      { id: cadreId },
    );
    expect(answer.cadreHistory.edges[0].node.type).toBe('CadreRegistered');
    expect(rows).toEqual([
      { actor, role: 'AUDITOR', cadreId, fields: EVERY_FIELD, operation: 'cadreHistory' },
    ]);
    // Revisions 1 to 3 are the review opened and two verdicts: no personal data in them.
    const reviewOnly = await added(
      'query($id: ID!) { cadreHistory(id: $id, after: "0", first: 3) { edges { node { type data } } } }',
      { id: cadreId },
    );
    expect(reviewOnly.answer.cadreHistory.edges.map((e: any) => e.node.type)).toEqual([
      'QualificationReviewOpened',
      'DepartmentVerdictRecorded',
      'DepartmentVerdictRecorded',
    ]);
    expect(reviewOnly.rows).toEqual([]);
  });

  it('logs a past state and a past dossier under cadreAsOf, and nothing for the state before registration', async () => {
    const state = await added('query($id: ID!) { cadreAsOf(id: $id, asOf: "2026-06-01") { state } }', {
      id: cadreId,
    });
    expect(state.answer.cadreAsOf.state).toContain(PROFILE.idNumber);
    expect(state.rows).toEqual([
      { actor, role: 'AUDITOR', cadreId, fields: EVERY_FIELD, operation: 'cadreAsOf' },
    ]);

    const dossier = await added(
      'query($id: ID!) { then: cadreAsOf(id: $id, asOf: "2026-06-01") { cadre { idNumber phone } } }',
      { id: cadreId },
    );
    expect(dossier.answer.then.cadre).toEqual({ idNumber: PROFILE.idNumber, phone: PROFILE.phone });
    expect(dossier.rows).toEqual([
      { actor, role: 'AUDITOR', cadreId, fields: ['idNumber', 'phone'], operation: 'cadreAsOf' },
    ]);

    const before = await added(
      'query($id: ID!) { cadreAsOf(id: $id, asOf: "2001-01-01") { registered state } }',
      { id: cadreId },
    );
    expect(before.answer.cadreAsOf.registered).toBe(false);
    expect(before.rows).toEqual([]);
  });

  it('logs each live event sent with personal data under eventAppended, and none for the others', async () => {
    const after = (await t.system.store.headPosition()).toString();
    const watch = subscribe(
      t,
      auditor,
      `subscription { eventAppended(after: "${after}") { streamId type data } }`,
      2,
    );
    const before = (await log()).length;
    const client = commandClient(t);
    await client.run('RecordInterview', {
      cadreId,
      townshipId,
      kind: 'HEART_TO_HEART',
      interviewer: '镇党委书记',
      findings: '工作扎实',
    });
    await client.run('CorrectCadreProfile', {
      cadreId,
      changes: { phone: '13905510999' },
      reason: '档案核对',
    });
    const sent = await watch;
    expect(sent.map((r) => r.data.eventAppended.type)).toEqual(['CadreInterviewed', 'CadreProfileCorrected']);
    expect(sent[1].data.eventAppended.data).toContain('13905510999');
    const now = await log();
    expect(now.slice(0, now.length - before)).toEqual([
      { actor, role: 'AUDITOR', cadreId, fields: ['phone'], operation: 'eventAppended' },
    ]);
  });
});
