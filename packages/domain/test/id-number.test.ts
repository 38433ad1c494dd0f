import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  birthDateOfIdNumber,
  genderOfIdNumber,
  idNumberCheckChar,
  maskIdNumber,
  maskPhone,
  passesIdNumberCheck,
} from '../src/index.js';

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
