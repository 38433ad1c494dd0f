import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  birthDateOfIdNumber,
  cadreAggregate,
  genderOfIdNumber,
  idNumberCheckChar,
  maskIdNumber,
  maskPhone,
  passesIdNumberCheck,
} from '../src/index.js';
import { cadre, idNumberFor, VILLAGE } from './support/fixtures.js';
import { expectRule } from './support/ledger.js';
import { townshipWithVillages } from './support/scenario.js';

describe('resident ID numbers (GB 11643)', () => {
  it('accepts the standard test value and reads its birth date and gender', () => {
    expect(passesIdNumberCheck('11010519491231002X')).toBe(true);
    expect(birthDateOfIdNumber('11010519491231002X')).toBe('1949-12-31');
    expect(genderOfIdNumber('11010519491231002X')).toBe('FEMALE');
  });

  it('rejects every other check character for a number', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), fc.constantFrom(...'0123456789X'), (first17, check) => {
        expect(passesIdNumberCheck(first17 + check)).toBe(check === idNumberCheckChar(first17));
      }),
    );
  });

  it('detects any single changed digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), fc.nat(16), fc.nat(9), (first17, at, digit) => {
        const valid = first17 + idNumberCheckChar(first17);
        fc.pre(Number(valid[at]) !== digit);
        const changed = valid.slice(0, at) + digit + valid.slice(at + 1);
        expect(passesIdNumberCheck(changed)).toBe(false);
      }),
    );
  });

  it('masks an ID number keeping the first 6 and last 4, and a phone 3-4-4', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskPhone('13955000001')).toBe('139****0001');
  });
});

describe('ID numbers at the boundary', () => {
  const birthDate = fc
    .date({
      min: new Date('1940-01-01T00:00:00Z'),
      max: new Date('2005-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  it('registers anyone whose ID number is valid and agrees with gender and birth date', () => {
    fc.assert(
      fc.property(
        birthDate,
        fc.constantFrom('MALE' as const, 'FEMALE' as const),
        fc.integer({ min: 0, max: 499 }),
        (born, gender, serial) => {
          const idNumber = idNumberFor(born, gender, serial);
          const profile = {
            name: '测试',
            gender,
            birthDate: born,
            idNumber: idNumber.toLowerCase(),
            educationLevel: 'BACHELOR',
          };
          const ledger = townshipWithVillages();
          ledger.run('RegisterCadre', { villageId: VILLAGE, cadreId: cadre(1), profile });
          expect(ledger.state(cadreAggregate, cadre(1)).profile?.idNumber).toBe(idNumber);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('refuses a number whose check character was changed, naming the rule', () => {
    fc.assert(
      fc.property(birthDate, fc.constantFrom(...'0123456789X'), (born, check) => {
        const valid = idNumberFor(born, 'MALE');
        fc.pre(check !== valid[17]);
        const profile = {
          name: '测试',
          gender: 'MALE',
          birthDate: born,
          idNumber: valid.slice(0, 17) + check,
          educationLevel: 'BACHELOR',
        };
        expectRule(
          townshipWithVillages().reject('RegisterCadre', { villageId: VILLAGE, cadreId: cadre(1), profile }),
          'ID_NUMBER_CHECK_DIGIT',
          'profile.idNumber',
        );
      }),
      { numRuns: 100 },
    );
  });
});
