import { describe, expect, it } from 'vitest';
import { cadreAggregate } from '../src/index.js';
import { cadre, TOMORROW, uuidOf } from './support/fixtures.js';
import { expectRule, Ledger } from './support/ledger.js';
import { registerCadre } from './support/scenario.js';

const cadreId = cadre(1);
const SESSION = uuidOf(0x700);

function withCadre(educationLevel = 'JUNIOR_COLLEGE'): Ledger {
  const ledger = new Ledger();
  registerCadre(ledger, 1, { educationLevel });
  return ledger;
}

describe('RecordTraining', () => {
  const training = {
    cadreId,
    trainingId: SESSION,
    topic: '村级资产管理',
    kind: 'INTERNAL',
    trainedOn: '2025-05-20',
  };

  it("puts a session or a course taken alone on the cadre's file", () => {
    const ledger = withCadre();
    expect(ledger.run('RecordTraining', training).cadre).toEqual([{ type: 'CadreTrained', data: training }]);
    const { trainingId: _trainingId, ...alone } = training;
    ledger.run('RecordTraining', { ...alone, topic: '先发乡镇产业发展', kind: 'EXTERNAL' });
    expect(ledger.state(cadreAggregate, cadreId).trainings.map((t) => t.topic)).toEqual([
      '村级资产管理',
      '先发乡镇产业发展',
    ]);
  });

  it('refuses a missing cadre, the same session twice, and bad input', () => {
    const ledger = new Ledger();
    expectRule(ledger.reject('RecordTraining', training), 'CADRE_NOT_FOUND', 'cadreId', 'NOT_FOUND');
    registerCadre(ledger, 1);
    expectRule(
      ledger.reject('RecordTraining', { ...training, trainedOn: TOMORROW }),
      'DATE_IN_FUTURE',
      'trainedOn',
    );
    expectRule(ledger.reject('RecordTraining', { ...training, kind: 'ONLINE' }), 'INVALID_VALUE', 'kind');
    expectRule(ledger.reject('RecordTraining', { ...training, topic: '' }), 'REQUIRED', 'topic');
    ledger.run('RecordTraining', training);
    expectRule(
      ledger.reject('RecordTraining', training),
      'TRAINING_ALREADY_RECORDED',
      'trainingId',
      'CONFLICT',
    );
  });
});

describe('EnrollEducation and CompleteEducation (学历提升计划)', () => {
  const enrolment = {
    cadreId,
    programme: '农村区域发展',
    school: '安徽农业大学',
    level: 'BACHELOR',
    enrolledOn: '2023-09-01',
  };
  const completion = { cadreId, degree: '管理学学士', completedOn: '2025-07-01' };

  it('enrols, graduates and raises the highest education level', () => {
    const ledger = withCadre();
    expect(ledger.run('EnrollEducation', enrolment).cadre).toEqual([
      { type: 'EducationEnrolled', data: enrolment },
    ]);
    const { cadreId: _cadreId, ...studying } = enrolment;
    expect(ledger.state(cadreAggregate, cadreId).enrolment).toEqual(studying);
    const graduated = { ...completion, programme: '农村区域发展', school: '安徽农业大学', level: 'BACHELOR' };
    expect(ledger.run('CompleteEducation', completion).cadre).toEqual([
      { type: 'EducationCompleted', data: graduated },
    ]);
    const state = ledger.state(cadreAggregate, cadreId);
    expect(state.enrolment).toBeUndefined();
    expect(state.profile?.educationLevel).toBe('BACHELOR');
    expect(state.profile?.onTheJobEducation).toEqual({
      level: 'BACHELOR',
      degree: '管理学学士',
      school: '安徽农业大学',
      major: '农村区域发展',
    });
    // the completed programme remembers when it was enrolled in
    const { cadreId: _id, ...record } = graduated;
    expect(state.educationCompleted).toEqual([{ ...record, enrolledOn: '2023-09-01' }]);
  });

  it('keeps a higher level already reached', () => {
    const ledger = withCadre('POSTGRADUATE');
    ledger.run('EnrollEducation', enrolment);
    ledger.run('CompleteEducation', completion);
    expect(ledger.state(cadreAggregate, cadreId).profile?.educationLevel).toBe('POSTGRADUATE');
  });

  it('refuses a second enrolment, a completion without one, and bad dates', () => {
    const ledger = new Ledger();
    expectRule(ledger.reject('EnrollEducation', enrolment), 'CADRE_NOT_FOUND', 'cadreId', 'NOT_FOUND');
    expectRule(ledger.reject('CompleteEducation', completion), 'CADRE_NOT_FOUND', 'cadreId', 'NOT_FOUND');
    registerCadre(ledger, 1);
    expectRule(ledger.reject('CompleteEducation', completion), 'NOT_ENROLLED', 'cadreId');
    expectRule(
      ledger.reject('EnrollEducation', { ...enrolment, enrolledOn: TOMORROW }),
      'DATE_IN_FUTURE',
      'enrolledOn',
    );
    expectRule(
      ledger.reject('EnrollEducation', { ...enrolment, level: 'DOCTORATE' }),
      'INVALID_VALUE',
      'level',
    );
    expectRule(ledger.reject('EnrollEducation', { ...enrolment, school: '' }), 'REQUIRED', 'school');
    ledger.run('EnrollEducation', enrolment);
    expectRule(ledger.reject('EnrollEducation', enrolment), 'ALREADY_ENROLLED', 'cadreId', 'CONFLICT');
    expectRule(
      ledger.reject('CompleteEducation', { ...completion, completedOn: TOMORROW }),
      'DATE_IN_FUTURE',
      'completedOn',
    );
    expectRule(
      ledger.reject('CompleteEducation', { ...completion, completedOn: '2023-08-31' }),
      'DATE_OUT_OF_ORDER',
      'completedOn',
    );
  });
});
