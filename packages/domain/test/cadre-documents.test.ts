import { describe, expect, it } from 'vitest';
import { cadreAggregate, photoHashOf, photoPathOf } from '../src/index.js';
import { cadre, TOMORROW } from './support/fixtures.js';
import { expectRule, Ledger } from './support/ledger.js';
import { registerCadre } from './support/scenario.js';

const cadreId = cadre(1);
const hash = 'ab'.repeat(32);

describe('ChangeCadrePhoto', () => {
  const change = { cadreId, photoSha256: hash, changedOn: '2025-03-01' };

  it("corrects the file's photoUrl to the stored photo's address", () => {
    const ledger = new Ledger();
    registerCadre(ledger, 1);
    const [event] = ledger.run('ChangeCadrePhoto', change).cadre!;
    expect(event).toEqual({
      type: 'CadreProfileCorrected',
      data: {
        cadreId,
        changes: { photoUrl: `/photos/${hash}` },
        reason: '更换照片',
        correctedOn: '2025-03-01',
      },
    });
    const { profile } = ledger.state(cadreAggregate, cadreId);
    expect(photoHashOf(profile!.photoUrl)).toBe(hash);
    expect(photoHashOf('https://example.org/a.jpg')).toBeUndefined();
    expect(photoPathOf(hash)).toBe(`/photos/${hash}`);
  });

  it('refuses a missing cadre, a malformed hash, the same photo twice and a future day', () => {
    const ledger = new Ledger();
    expectRule(ledger.reject('ChangeCadrePhoto', change), 'CADRE_NOT_FOUND', 'cadreId', 'NOT_FOUND');
    registerCadre(ledger, 1);
    expectRule(
      ledger.reject('ChangeCadrePhoto', { ...change, photoSha256: 'x' }),
      'PHOTO_HASH_FORMAT',
      'photoSha256',
    );
    expectRule(
      ledger.reject('ChangeCadrePhoto', { ...change, changedOn: TOMORROW }),
      'DATE_IN_FUTURE',
      'changedOn',
    );
    ledger.run('ChangeCadrePhoto', change);
    expectRule(ledger.reject('ChangeCadrePhoto', change), 'PHOTO_UNCHANGED', 'photoSha256');
  });
});

describe('PrepareAppointmentForm', () => {
  const form = {
    cadreId,
    proposedPost: '周王村党总支书记',
    postToLeave: '周王村党总支副书记',
    appointmentReason: '工作需要',
    reportingUnit: '中共周王镇委员会',
    filledBy: '王芳',
    preparedOn: '2025-04-02',
  };

  it("keeps the form's entries on the file, a later preparation replacing them", () => {
    const ledger = new Ledger();
    registerCadre(ledger, 1);
    expect(ledger.run('PrepareAppointmentForm', form).cadre).toEqual([
      { type: 'AppointmentFormPrepared', data: form },
    ]);
    ledger.run('PrepareAppointmentForm', { ...form, filledBy: '李强', preparedOn: '2025-04-03' });
    expect(ledger.state(cadreAggregate, cadreId).appointmentForm).toMatchObject({
      filledBy: '李强',
      proposedPost: '周王村党总支书记',
    });
  });

  it('refuses a missing cadre, the same entries again and a future day', () => {
    const ledger = new Ledger();
    expectRule(ledger.reject('PrepareAppointmentForm', form), 'CADRE_NOT_FOUND', 'cadreId', 'NOT_FOUND');
    registerCadre(ledger, 1);
    expectRule(
      ledger.reject('PrepareAppointmentForm', { ...form, preparedOn: TOMORROW }),
      'DATE_IN_FUTURE',
      'preparedOn',
    );
    ledger.run('PrepareAppointmentForm', form);
    expectRule(ledger.reject('PrepareAppointmentForm', form), 'APPOINTMENT_FORM_UNCHANGED', 'preparedOn');
  });
});
