import { describe, expect, it } from 'vitest';
import { trainingAggregate } from '../src/index.js';
import { cadre, OTHER_TOWNSHIP, TOMORROW, TOWNSHIP, uuidOf } from './support/fixtures.js';
import { expectRule, Ledger } from './support/ledger.js';
import { registerCadre, townshipWithVillages } from './support/scenario.js';

const trainingId = uuidOf(0x700);
const session = {
  trainingId,
  townshipId: TOWNSHIP,
  topic: '和美乡村建设',
  kind: 'INTERNAL',
  date: '2026-12-10',
  place: '镇党群服务中心',
  scheduledOn: '2026-11-01',
};
const held = { trainingId, heldOn: '2026-11-20', attendees: [cadre(1), cadre(2)] };

/** A township with the session's two attendees registered. */
function withAttendees() {
  const ledger = townshipWithVillages();
  registerCadre(ledger, 1);
  registerCadre(ledger, 2);
  return ledger;
}

describe('ScheduleTraining', () => {
  it('schedules a session, possibly in the future', () => {
    const ledger = townshipWithVillages();
    expect(ledger.run('ScheduleTraining', session).training).toEqual([
      { type: 'TrainingScheduled', data: session },
    ]);
    expect(ledger.state(trainingAggregate, trainingId)).toEqual({ status: 'SCHEDULED', session });
  });

  it('refuses a second schedule, an unknown township and bad input', () => {
    const ledger = townshipWithVillages();
    expectRule(
      ledger.reject('ScheduleTraining', { ...session, townshipId: OTHER_TOWNSHIP }),
      'TOWNSHIP_NOT_FOUND',
      'townshipId',
      'NOT_FOUND',
    );
    expectRule(ledger.reject('ScheduleTraining', { ...session, kind: 'ONLINE' }), 'INVALID_VALUE', 'kind');
    expectRule(ledger.reject('ScheduleTraining', { ...session, date: '2026-13-01' }), 'INVALID_DATE', 'date');
    expectRule(ledger.reject('ScheduleTraining', { ...session, place: '' }), 'REQUIRED', 'place');
    ledger.run('ScheduleTraining', session);
    expectRule(
      ledger.reject('ScheduleTraining', session),
      'TRAINING_ALREADY_SCHEDULED',
      'trainingId',
      'CONFLICT',
    );
  });
});

describe('RecordTrainingHeld', () => {
  it('records a scheduled session as held with its attendees', () => {
    const ledger = withAttendees();
    ledger.run('ScheduleTraining', session);
    expect(ledger.run('RecordTrainingHeld', held).training).toEqual([{ type: 'TrainingHeld', data: held }]);
    expect(ledger.state(trainingAggregate, trainingId)).toEqual({
      status: 'HELD',
      session,
      held: { heldOn: '2026-11-20', attendees: [cadre(1), cadre(2)] },
    });
  });

  it('refuses an unscheduled session, a second record, no, unknown or repeated attendees, a future date', () => {
    const ledger = withAttendees();
    expectRule(ledger.reject('RecordTrainingHeld', held), 'TRAINING_NOT_FOUND', 'trainingId', 'NOT_FOUND');
    ledger.run('ScheduleTraining', session);
    expectRule(ledger.reject('RecordTrainingHeld', { ...held, attendees: [] }), 'REQUIRED', 'attendees');
    expectRule(
      ledger.reject('RecordTrainingHeld', { ...held, attendees: [cadre(1), cadre(1)] }),
      'DUPLICATE_ENTRY',
      'attendees',
    );
    expectRule(
      ledger.reject('RecordTrainingHeld', { ...held, attendees: [cadre(1), cadre(7)] }),
      'CADRE_NOT_FOUND',
      'attendees.1',
      'NOT_FOUND',
    );
    expectRule(
      ledger.reject('RecordTrainingHeld', { ...held, attendees: ['nobody'] }),
      'INVALID_UUID',
      'attendees.0',
    );
    expectRule(
      ledger.reject('RecordTrainingHeld', { ...held, heldOn: TOMORROW }),
      'DATE_IN_FUTURE',
      'heldOn',
    );
    ledger.run('RecordTrainingHeld', held);
    expectRule(ledger.reject('RecordTrainingHeld', held), 'TRAINING_ALREADY_HELD', 'trainingId', 'CONFLICT');
  });

  it('needs nothing but the training stream', () => {
    expectRule(
      new Ledger().reject('RecordTrainingHeld', held),
      'TRAINING_NOT_FOUND',
      'trainingId',
      'NOT_FOUND',
    );
  });
});
