import { describe, expect, it } from 'vitest';
import { reminderAggregate, reminderIdOf } from '../src/index.js';
import { uuidOf, VILLAGE } from './support/fixtures.js';
import { expectRule, Ledger } from './support/ledger.js';

const reminder = (recipients: string[], over: Record<string, unknown> = {}) => ({
  rule: 'TERM_ENDING',
  subjectId: `${VILLAGE}:2026-07-01:6`,
  villageId: VILLAGE,
  cadreId: null,
  dueOn: '2026-01-01',
  audience: ['OFFICE', 'VILLAGE'],
  recipients,
  issuedOn: '2026-01-02',
  ...over,
});

describe('reminders', () => {
  it('are issued on a stream derived from rule, subject and due date, and only once', () => {
    const ledger = new Ledger();
    const input = reminder(['user:test']);
    const id = reminderIdOf(input);
    expect(ledger.run('IssueReminder', input).reminder?.[0]?.data).toMatchObject({ reminderId: id });
    expect(ledger.state(reminderAggregate, id).issued?.recipients).toEqual(['user:test']);
    // the same item on the same due date, issued again (another day, other recipients): refused
    const again = ledger.reject('IssueReminder', { ...input, recipients: [], issuedOn: '2026-01-03' });
    expectRule(again, 'REMINDER_ALREADY_ISSUED', undefined, 'CONFLICT');
    // the same item due on another day is another reminder
    expect(ledger.attempt('IssueReminder', { ...input, dueOn: '2026-01-02' })).toBeNull();
  });

  it('are not issued before the item is due, nor dated in the future', () => {
    const ledger = new Ledger();
    expectRule(
      ledger.reject('IssueReminder', reminder([], { dueOn: '2026-01-05' })),
      'REMINDER_NOT_DUE_YET',
      'dueOn',
      'CONFLICT',
    );
    expectRule(
      ledger.reject('IssueReminder', reminder([], { issuedOn: '2099-01-01', dueOn: '2099-01-01' })),
      'DATE_IN_FUTURE',
      'issuedOn',
    );
  });

  it('are acknowledged once, by one of those reminded, not before they were issued', () => {
    const ledger = new Ledger();
    const notMine = reminder(['user:someone-else']);
    ledger.run('IssueReminder', notMine);
    const refused = ledger.reject('AcknowledgeReminder', {
      reminderId: reminderIdOf(notMine),
      acknowledgedOn: '2026-01-05',
    });
    expectRule(refused, 'REMINDER_NOT_FOR_YOU', 'reminderId');

    const mine = reminder(['user:test'], { subjectId: `${VILLAGE}:2026-07-01:3` });
    ledger.run('IssueReminder', mine);
    const reminderId = reminderIdOf(mine);
    expectRule(
      ledger.reject('AcknowledgeReminder', { reminderId, acknowledgedOn: '2026-01-01' }),
      'DATE_OUT_OF_ORDER',
      'acknowledgedOn',
    );
    const [acknowledged] = ledger.run('AcknowledgeReminder', { reminderId, acknowledgedOn: '2026-01-05' })
      .reminder!;
    expect(acknowledged!.data).toEqual({
      reminderId,
      acknowledgedBy: 'user:test',
      acknowledgedOn: '2026-01-05',
    });
    expectRule(
      ledger.reject('AcknowledgeReminder', { reminderId, acknowledgedOn: '2026-01-06' }),
      'REMINDER_ALREADY_ACKNOWLEDGED',
      'reminderId',
      'CONFLICT',
    );
    expectRule(
      ledger.reject('AcknowledgeReminder', { reminderId: uuidOf(0x999), acknowledgedOn: '2026-01-06' }),
      'REMINDER_NOT_FOUND',
      'reminderId',
      'NOT_FOUND',
    );
  });
});
