import { describe, expect, it } from 'vitest';
import { cadreAggregate } from '../src/index.js';
import { cadre, idNumberFor, TODAY, TOMORROW, VILLAGE } from './support/fixtures.js';
import { expectRule, type Ledger } from './support/ledger.js';
import { townshipWithVillages } from './support/scenario.js';

const cadreId = cadre(1);
const profile = {
  name: '张三',
  gender: 'FEMALE',
  birthDate: '1949-12-31',
  idNumber: '11010519491231002x',
  educationLevel: 'BACHELOR',
};
const stored = {
  ...profile,
  idNumber: '11010519491231002X',
  ethnicity: '汉族',
  politicalStatus: 'CPC_MEMBER',
};

/** Every field of the appointment form (干部任免审批表). */
const fullForm = {
  ...profile,
  ethnicity: '回族',
  phone: '13955000001',
  nativePlace: '安徽肥东',
  birthplace: '安徽合肥',
  politicalStatus: 'CPC_MEMBER',
  partyJoinDate: '1975-07-01',
  probationaryMembershipDate: '1975-07-01',
  fullMembershipDate: '1976-07-01',
  workStartDate: '1968-09-01',
  health: '健康',
  professionalTitle: '农艺师',
  speciality: '农村经济管理',
  photoUrl: 'https://files.example.cn/photos/1.jpg',
  fullTimeEducation: { level: 'SENIOR_HIGH', school: '肥东一中' },
  onTheJobEducation: {
    level: 'BACHELOR',
    degree: '管理学学士',
    school: '安徽农业大学',
    major: '农村区域发展',
  },
  resume: [
    { from: '1968-09-01', to: '1990-12-31', description: '周王村村民' },
    { from: '1991-01-01', description: '周王村党支部书记' },
  ],
  rewardsAndPenalties: '2019年获区优秀共产党员',
  familyMembers: [
    {
      relation: '丈夫',
      name: '李四',
      birthDate: '1948-03-02',
      politicalStatus: 'MASSES',
      employerAndPost: '务农',
    },
  ],
  notes: '档案齐全',
};

function registered(): Ledger {
  const ledger = townshipWithVillages();
  ledger.run('RegisterCadre', { villageId: VILLAGE, cadreId, profile });
  return ledger;
}

describe('RegisterCadre', () => {
  it('registers with defaults filled in and the ID number upper-cased', () => {
    const ledger = townshipWithVillages();
    expect(ledger.run('RegisterCadre', { villageId: VILLAGE, cadreId, profile }).cadre).toEqual([
      {
        type: 'CadreRegistered',
        data: { villageId: VILLAGE, cadreId, profile: stored, registeredOn: TODAY },
      },
    ]);
    expect(ledger.state(cadreAggregate, cadreId)).toMatchObject({
      registered: true,
      cadreId,
      profile: stored,
      currentPosts: [],
    });
  });

  it('keeps every field of the appointment form', () => {
    const ledger = townshipWithVillages();
    ledger.run('RegisterCadre', { villageId: VILLAGE, cadreId, profile: fullForm });
    expect(ledger.state(cadreAggregate, cadreId).profile).toEqual({
      ...fullForm,
      idNumber: '11010519491231002X',
    });
  });

  it('names the field and the rule of bad input, in both languages', () => {
    const ledger = townshipWithVillages();
    const error = ledger.reject('RegisterCadre', {
      villageId: VILLAGE,
      cadreId,
      profile: { ...profile, name: '' },
    });
    expectRule(error, 'REQUIRED', 'profile.name');
    expect(error.messages).toEqual({ zh: '姓名不能为空', en: 'Name is required' });
    const cases: [object, string, string][] = [
      [{ nickname: 'x' }, 'UNKNOWN_FIELD', 'profile.nickname'],
      [{ birthDate: '1949-02-30' }, 'INVALID_DATE', 'profile.birthDate'],
      [{ idNumber: '1101051949123100' }, 'ID_NUMBER_FORMAT', 'profile.idNumber'],
      [{ idNumber: '110105194912310021' }, 'ID_NUMBER_CHECK_DIGIT', 'profile.idNumber'],
      [{ phone: '12345678901' }, 'PHONE_FORMAT', 'profile.phone'],
      [{ photoUrl: 'photo.jpg' }, 'PHOTO_URL_FORMAT', 'profile.photoUrl'],
      [{ educationLevel: 'DOCTORATE' }, 'INVALID_VALUE', 'profile.educationLevel'],
      [{ resume: [{ from: '1990-01-01' }] }, 'REQUIRED', 'profile.resume.0.description'],
      [{ familyMembers: [{ relation: '父亲' }] }, 'REQUIRED', 'profile.familyMembers.0.name'],
    ];
    for (const [change, rule, field] of cases)
      expectRule(
        ledger.reject('RegisterCadre', { villageId: VILLAGE, cadreId, profile: { ...profile, ...change } }),
        rule,
        field,
      );
  });

  it('refuses a file that contradicts itself or its ID number, and a second registration', () => {
    const ledger = townshipWithVillages();
    const cases: [object, string, string][] = [
      [{ birthDate: '1949-12-30' }, 'ID_NUMBER_BIRTH_DATE_MISMATCH', 'profile.birthDate'],
      [{ gender: 'MALE' }, 'ID_NUMBER_GENDER_MISMATCH', 'profile.gender'],
      [{ partyJoinDate: TOMORROW }, 'DATE_IN_FUTURE', 'profile.partyJoinDate'],
      [
        { resume: [{ from: '1990-01-01', to: TOMORROW, description: '村民' }] },
        'DATE_IN_FUTURE',
        'profile.resume.0.to',
      ],
      [
        { familyMembers: [{ relation: '女儿', name: '张小', birthDate: TOMORROW }] },
        'DATE_IN_FUTURE',
        'profile.familyMembers.0.birthDate',
      ],
      [{ workStartDate: '1940-01-01' }, 'DATE_OUT_OF_ORDER', 'profile.workStartDate'],
      [
        { probationaryMembershipDate: '1980-01-01', fullMembershipDate: '1979-01-01' },
        'DATE_OUT_OF_ORDER',
        'profile.fullMembershipDate',
      ],
      [
        { resume: [{ from: '1990-01-01', to: '1989-01-01', description: '村民' }] },
        'DATE_OUT_OF_ORDER',
        'profile.resume.0.to',
      ],
      [
        { educationLevel: 'SENIOR_HIGH', fullTimeEducation: { level: 'BACHELOR' } },
        'HIGHEST_EDUCATION_TOO_LOW',
        'profile.educationLevel',
      ],
    ];
    for (const [change, rule, field] of cases)
      expectRule(
        ledger.reject('RegisterCadre', { villageId: VILLAGE, cadreId, profile: { ...profile, ...change } }),
        rule,
        field,
      );
    ledger.run('RegisterCadre', { villageId: VILLAGE, cadreId, profile });
    expectRule(
      ledger.reject('RegisterCadre', { villageId: VILLAGE, cadreId, profile }),
      'CADRE_ALREADY_REGISTERED',
      'cadreId',
      'CONFLICT',
    );
  });
});

describe('CorrectCadreProfile', () => {
  it('records only the fields named, with the reason, and folds them into the file', () => {
    const ledger = registered();
    const correction = {
      cadreId,
      changes: { phone: '13955000002', nativePlace: '安徽长丰' },
      reason: '档案核对',
    };
    expect(ledger.run('CorrectCadreProfile', correction).cadre).toEqual([
      { type: 'CadreProfileCorrected', data: { ...correction, correctedOn: TODAY } },
    ]);
    const state = ledger.state(cadreAggregate, cadreId);
    expect(state.profile).toEqual({ ...stored, phone: '13955000002', nativePlace: '安徽长丰' });
    expect(state.corrections).toEqual([{ reason: '档案核对', correctedOn: TODAY }]);
  });

  it('corrects the ID number and birth date together', () => {
    const ledger = registered();
    const changes = { birthDate: '1950-01-02', idNumber: idNumberFor('1950-01-02', 'FEMALE') };
    ledger.run('CorrectCadreProfile', { cadreId, changes, reason: '身份证换发' });
    expect(ledger.state(cadreAggregate, cadreId).profile).toMatchObject(changes);
  });

  it('refuses a missing cadre, an empty or idle correction, no reason, and a file that no longer agrees', () => {
    const ledger = townshipWithVillages();
    const correction = { cadreId, changes: { phone: '13955000002' }, reason: '档案核对' };
    expectRule(ledger.reject('CorrectCadreProfile', correction), 'CADRE_NOT_FOUND', 'cadreId', 'NOT_FOUND');
    ledger.run('RegisterCadre', { villageId: VILLAGE, cadreId, profile });
    const cases: [object, string, string][] = [
      [{ changes: {} }, 'NOTHING_TO_CHANGE', 'changes'],
      [{ reason: '' }, 'REQUIRED', 'reason'],
      [{ changes: { name: '' } }, 'REQUIRED', 'changes.name'],
      [{ changes: { name: '张三' } }, 'PROFILE_UNCHANGED', 'changes'],
      [{ changes: { birthDate: '1949-12-30' } }, 'ID_NUMBER_BIRTH_DATE_MISMATCH', 'changes.birthDate'],
      [
        { changes: { idNumber: idNumberFor('1949-12-31', 'MALE') } },
        'ID_NUMBER_GENDER_MISMATCH',
        'changes.idNumber',
      ],
      [{ changes: { workStartDate: TOMORROW } }, 'DATE_IN_FUTURE', 'changes.workStartDate'],
      [
        { changes: { fullTimeEducation: { level: 'POSTGRADUATE' } } },
        'HIGHEST_EDUCATION_TOO_LOW',
        'changes.fullTimeEducation',
      ],
    ];
    for (const [change, rule, field] of cases)
      expectRule(ledger.reject('CorrectCadreProfile', { ...correction, ...change }), rule, field);
  });
});

describe('ErasePersonalData (PIPL Art. 47)', () => {
  it('folds the file to what counts: the identifying fields read as erased, the statistical ones stay', () => {
    const ledger = registered();
    ledger.run('ErasePersonalData', { cadreId, erasedOn: TODAY });
    const state = ledger.state(cadreAggregate, cadreId);
    expect(state.erasedOn).toBe(TODAY);
    expect(state.profile).toEqual({
      name: '（已删除）',
      idNumber: '',
      gender: stored.gender,
      ethnicity: stored.ethnicity,
      birthDate: stored.birthDate,
      politicalStatus: stored.politicalStatus,
      educationLevel: stored.educationLevel,
    });
    expectRule(
      ledger.reject('ErasePersonalData', { cadreId, erasedOn: TODAY }),
      'PERSONAL_DATA_ALREADY_ERASED',
      'cadreId',
      'CONFLICT',
    );
  });
});
