import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { calendarLedger, movableClock } from './support/calendar-ledger.js';
import { commandClient } from './support/command-client.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

const DUE_ITEMS = `query Due($villageId: ID, $rule: DueRule, $asOf: String, $first: Int, $after: String) {
  dueItems(villageId: $villageId, rule: $rule, asOf: $asOf, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id rule ruleText ruleZh detail subjectId villageId villageName cadreName dueOn
      reminder { id issuedOn remindedMe acknowledgedOn } } }
  }
}`;

const REMINDERS = `query Reminders($acknowledged: Boolean, $remindedMe: Boolean, $villageId: ID, $issuedFrom: String) {
  reminders(acknowledged: $acknowledged, remindedMe: $remindedMe, villageId: $villageId, issuedFrom: $issuedFrom) {
    totalCount
    edges { node { id rule dueOn issuedOn audience recipients { actor username } remindedMe
      acknowledgedBy { username } acknowledgedOn daysToAcknowledge } }
  }
}`;

const ACKNOWLEDGE = `mutation Ack($commandId: ID!, $input: AcknowledgeReminderInput!) {
  acknowledgeReminder(commandId: $commandId, input: $input) { duplicate position }
}`;

const nodes = (answer: any) => answer.data.dueItems.edges.map((e: any) => e.node);
let commands = 0;
const ack = (t: TestGateway, headers: Record<string, string>, reminderId: string) =>
  t.graphql(ACKNOWLEDGE, { commandId: `ack-test-${++commands}`, input: { reminderId } }, headers);

describe('what is due and its reminders, through GraphQL', () => {
  const clock = movableClock('2026-01-01');
  let t: TestGateway;
  let ledger: Awaited<ReturnType<typeof calendarLedger>>;
  let secretary: Record<string, string>;
  let otherSecretary: Record<string, string>;
  let auditor: Record<string, string>;

  beforeAll(async () => {
    t = await startTestGateway({ now: clock.now });
    ledger = await calendarLedger(t.system);
    secretary = await t.signInAs('VILLAGE', ledger.villageId);
    otherSecretary = await t.signInAs('VILLAGE', ledger.otherVillageId);
    auditor = await t.signInAs('AUDITOR');
    clock.set('2026-02-10');
    await t.system.reminders.runOnce();
  });
  afterAll(() => t.stop());

  it('lists the items due today with their rule in both languages and their reminders', async () => {
    const answer = await t.graphql(DUE_ITEMS, {}, { 'accept-language': 'en' });
    expect(answer.errors).toBeUndefined();
    const items = nodes(answer);
    expect(items.map((i: any) => `${i.rule}@${i.dueOn}`).sort()).toEqual([
      'ADMONISHMENT_NOT_HELD@2026-01-01',
      'EARLY_WARNING_OPEN@2026-01-01',
      'QUALIFICATION_REVIEW_OVERDUE@2026-01-31',
      'SERVICE_REQUEST_OVERDUE@2026-01-31',
      'TERM_ENDING@2026-01-01',
    ]);
    // by due date
    expect(items.map((i: any) => i.dueOn)).toEqual([...items.map((i: any) => i.dueOn)].sort());
    const term = items.find((i: any) => i.rule === 'TERM_ENDING');
    expect(term).toMatchObject({
      ruleText: "The committees' term ends soon: prepare the 换届",
      ruleZh: '村"两委"任期即将届满，请筹备换届',
      villageName: '周王村',
      detail: 'Term 2021-07-01 to 2026-07-01: 6 months before its end',
      reminder: { id: term.id, issuedOn: '2026-02-10', remindedMe: true, acknowledgedOn: null },
    });
    expect(items.find((i: any) => i.rule === 'ADMONISHMENT_NOT_HELD').cadreName).toBe('王书记');
    expect(answer.data.dueItems.totalCount).toBe(5);
  });

  it('pages through the items with cursors and filters them by rule', async () => {
    const first = await t.graphql(DUE_ITEMS, { first: 2 });
    expect(nodes(first)).toHaveLength(2);
    expect(first.data.dueItems.pageInfo.hasNextPage).toBe(true);
    const rest = await t.graphql(DUE_ITEMS, { first: 10, after: first.data.dueItems.pageInfo.endCursor });
    expect(nodes(rest)).toHaveLength(3);
    const ids = [...nodes(first), ...nodes(rest)].map((i: any) => i.id);
    expect(new Set(ids).size).toBe(5);
    const terms = await t.graphql(DUE_ITEMS, { rule: 'TERM_ENDING' });
    expect(nodes(terms).map((i: any) => i.rule)).toEqual(['TERM_ENDING']);
  });

  it('answers as of a past day from the ledger as it stood then', async () => {
    const answer = await t.graphql(DUE_ITEMS, { asOf: '2026-01-15' });
    expect(
      nodes(answer)
        .map((i: any) => i.rule)
        .sort(),
    ).toEqual(['ADMONISHMENT_NOT_HELD', 'EARLY_WARNING_OPEN', 'TERM_ENDING']);
    // no reminder had been issued by then
    expect(nodes(answer).every((i: any) => i.reminder === null)).toBe(true);
    const future = await t.graphql(DUE_ITEMS, { asOf: '2026-03-01' });
    expect(future.errors?.[0].extensions.rule).toBe('AS_OF_IN_FUTURE');
  });

  it('shows a village secretary their own village only', async () => {
    const own = await t.graphql(DUE_ITEMS, {}, secretary);
    expect(own.data.dueItems.totalCount).toBe(5);
    const other = await t.graphql(DUE_ITEMS, {}, otherSecretary);
    expect(other.data.dueItems.totalCount).toBe(0);
    const asked = await t.graphql(DUE_ITEMS, { villageId: ledger.villageId }, otherSecretary);
    expect(asked.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('keeps supervision items from external apps', async () => {
    const answer = await t.post(DUE_ITEMS, {}, t.apiKey());
    expect(
      nodes(answer)
        .map((i: any) => i.rule)
        .sort(),
    ).toEqual(['QUALIFICATION_REVIEW_OVERDUE', 'SERVICE_REQUEST_OVERDUE', 'TERM_ENDING']);
  });

  it('refuses an acknowledgement by someone who was not reminded, and writes nothing', async () => {
    const [term] = nodes(await t.graphql(DUE_ITEMS, { rule: 'TERM_ENDING' }));
    const stream = `reminder-${term.id}`;
    const before = await t.system.store.readStream(stream);
    // the other village's secretary was not reminded; the admonishment went to the office only
    const refused = await ack(t, { ...otherSecretary, 'accept-language': 'en' }, term.id);
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'REMINDER_NOT_FOR_YOU',
    });
    expect(refused.errors?.[0].message).toContain('not sent to you');
    const [admonishment] = nodes(await t.graphql(DUE_ITEMS, { rule: 'ADMONISHMENT_NOT_HELD' }));
    const notForVillage = await ack(t, secretary, admonishment.id);
    expect(notForVillage.errors?.[0].extensions.rule).toBe('REMINDER_NOT_FOR_YOU');
    expect(notForVillage.errors?.[0].message).toBe('该提醒未发给您，只有被提醒人可以确认');
    const byAuditor = await ack(t, auditor, term.id);
    expect(byAuditor.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const unknown = await ack(t, secretary, '00000000-0000-4000-8000-000000000000');
    expect(unknown.errors?.[0].extensions.rule).toBe('REMINDER_NOT_FOUND');
    expect(await t.system.store.readStream(stream)).toEqual(before);
  });

  it('records the acknowledgement by a reminded secretary, once, and lets the auditor see how long it took', async () => {
    const [term] = nodes(await t.graphql(DUE_ITEMS, { rule: 'TERM_ENDING' }));
    clock.set('2026-02-13');
    const done = await ack(t, secretary, term.id);
    expect(done.errors).toBeUndefined();
    const again = await ack(t, secretary, term.id);
    expect(again.errors?.[0].extensions.rule).toBe('REMINDER_ALREADY_ACKNOWLEDGED');
    expect(await commandClient(t).typesIn(`reminder-${term.id}`)).toEqual([
      'ReminderIssued',
      'ReminderAcknowledged',
    ]);

    const audit = await t.graphql(REMINDERS, { acknowledged: true }, auditor);
    expect(audit.errors).toBeUndefined();
    expect(audit.data.reminders.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({
        id: term.id,
        rule: 'TERM_ENDING',
        dueOn: '2026-01-01',
        issuedOn: '2026-02-10',
        audience: ['OFFICE', 'VILLAGE'],
        acknowledgedBy: { username: 'village-2' },
        acknowledgedOn: '2026-02-13',
        daysToAcknowledge: 3,
        remindedMe: false,
      }),
    ]);
    const recipients = audit.data.reminders.edges[0].node.recipients.map((r: any) => r.username).sort();
    expect(recipients).toEqual(['admin-1', 'village-2']);
    const open = await t.graphql(REMINDERS, { acknowledged: false }, auditor);
    expect(open.data.reminders.totalCount).toBe(4);
    const mine = await t.graphql(REMINDERS, { remindedMe: true }, secretary);
    expect(mine.data.reminders.edges.map((e: any) => e.node.rule).sort()).toEqual([
      'EARLY_WARNING_OPEN',
      'SERVICE_REQUEST_OVERDUE',
      'TERM_ENDING',
    ]);
    const otherVillage = await t.graphql(REMINDERS, { villageId: ledger.villageId }, otherSecretary);
    expect(otherVillage.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const badDay = await t.graphql(REMINDERS, { issuedFrom: '2026-02-30' }, auditor);
    expect(badDay.errors?.[0].extensions.rule).toBe('INVALID_DATE');
  });

  it('tells the auditor which reminded items were since acted on', async () => {
    const [warning] = nodes(await t.graphql(DUE_ITEMS, { rule: 'EARLY_WARNING_OPEN' }));
    const still = `{ reminders(rule: EARLY_WARNING_OPEN) { edges { node { id stillDue } } } }`;
    expect((await t.graphql(still, {}, auditor)).data.reminders.edges[0].node).toEqual({
      id: warning.id,
      stillDue: true,
    });
    await commandClient(t).run('ResolveEarlyWarning', {
      villageId: ledger.villageId,
      issueId: warning.subjectId,
      correctiveAction: '已按月公开村务',
      resolvedOn: '2026-02-13',
    });
    expect((await t.graphql(still, {}, auditor)).data.reminders.edges[0].node).toEqual({
      id: warning.id,
      stillDue: false,
    });
    expect(nodes(await t.graphql(DUE_ITEMS, { rule: 'EARLY_WARNING_OPEN' }))).toEqual([]);
  });

  it('lets nobody issue a reminder through the API', async () => {
    const answer = await t.graphql(
      `mutation { issueReminder(commandId: "issue-by-hand-1", input: { rule: TERM_ENDING, subjectId: "x",
        dueOn: "2026-01-01", audience: [OFFICE], recipients: [] }) { position } }`,
    );
    expect(answer.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('sends each new reminder to a subscriber of its village', async () => {
    const client = createClient({
      url: `${t.gateway.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: secretary.authorization },
      lazy: false,
    });
    const received = new Promise<any>((resolve, reject) => {
      const stop = client.subscribe(
        { query: 'subscription { reminderIssued { rule dueOn villageName remindedMe } }' },
        {
          next: (value) => {
            stop();
            resolve(value);
          },
          error: reject,
          complete: () => reject(new Error('ended without a reminder')),
        },
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    clock.set('2026-04-01');
    await t.system.reminders.runOnce();
    const value = await received.finally(() => client.dispose());
    expect(value.data.reminderIssued).toEqual({
      rule: 'TERM_ENDING',
      dueOn: '2026-04-01',
      villageName: '周王村',
      remindedMe: true,
    });
  });
});
