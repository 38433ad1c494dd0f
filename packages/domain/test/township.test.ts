import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR_SETTINGS, townshipAggregate } from '../src/index.js';
import { OTHER_TOWNSHIP, TODAY, TOWNSHIP } from './support/fixtures.js';
import { expectRule, Ledger } from './support/ledger.js';

const registration = { townshipId: TOWNSHIP, name: '周王镇', district: '包河区', registeredOn: '2021-01-05' };
const departments = [
  { code: 'DISCIPLINE_INSPECTION', name: '纪检监察' },
  { code: 'PUBLIC_SECURITY', name: '公安' },
  { code: 'PROCURATORATE', name: '检察院' },
];

describe('RegisterTownship', () => {
  it('records the township with the default settings, which the state then holds', () => {
    const ledger = new Ledger();
    const { township } = ledger.run('RegisterTownship', registration);
    const settings = {
      reviewingDepartments: [
        { code: 'DISCIPLINE_INSPECTION', name: '纪检监察' },
        { code: 'PUBLIC_SECURITY', name: '公安' },
      ],
      admonishmentThreshold: 0.3,
      ...DEFAULT_CALENDAR_SETTINGS,
    };
    expect(township).toEqual([{ type: 'TownshipRegistered', data: { ...registration, settings } }]);
    expect(ledger.state(townshipAggregate, TOWNSHIP)).toEqual({
      registered: true,
      ...registration,
      settings,
      elections: [],
    });
  });

  it('takes settings of its own, one deployment serving several townships', () => {
    const ledger = new Ledger();
    ledger.run('RegisterTownship', registration);
    ledger.run('RegisterTownship', {
      townshipId: OTHER_TOWNSHIP,
      name: '大圩镇',
      district: '包河区',
      settings: { reviewingDepartments: departments, admonishmentThreshold: 0.25 },
    });
    expect(ledger.state(townshipAggregate, OTHER_TOWNSHIP).settings?.admonishmentThreshold).toBe(0.25);
    expect(ledger.state(townshipAggregate, TOWNSHIP).settings?.admonishmentThreshold).toBe(0.3);
  });

  it('refuses a second registration and bad input', () => {
    const ledger = new Ledger();
    ledger.run('RegisterTownship', registration);
    expectRule(
      ledger.reject('RegisterTownship', registration),
      'TOWNSHIP_ALREADY_REGISTERED',
      'townshipId',
      'CONFLICT',
    );
    expectRule(
      ledger.reject('RegisterTownship', { ...registration, townshipId: OTHER_TOWNSHIP, name: ' ' }),
      'REQUIRED',
      'name',
    );
    expectRule(
      ledger.reject('RegisterTownship', { ...registration, townshipId: 'x' }),
      'INVALID_UUID',
      'townshipId',
    );
  });
});

describe('ChangeTownshipSettings', () => {
  it('replaces the settings, the threshold defaulting to 30%', () => {
    const ledger = new Ledger();
    ledger.run('RegisterTownship', registration);
    const { township } = ledger.run('ChangeTownshipSettings', {
      townshipId: TOWNSHIP,
      reviewingDepartments: departments,
    });
    expect(township).toEqual([
      {
        type: 'TownshipSettingsChanged',
        data: {
          townshipId: TOWNSHIP,
          reviewingDepartments: departments,
          admonishmentThreshold: 0.3,
          ...DEFAULT_CALENDAR_SETTINGS,
          changedOn: TODAY,
        },
      },
    ]);
    expect(ledger.state(townshipAggregate, TOWNSHIP).settings).toEqual({
      reviewingDepartments: departments,
      admonishmentThreshold: 0.3,
      ...DEFAULT_CALENDAR_SETTINGS,
    });
  });

  it('refuses a missing township and invalid settings', () => {
    const ledger = new Ledger();
    const change = { townshipId: TOWNSHIP, reviewingDepartments: departments, admonishmentThreshold: 0.3 };
    expectRule(
      ledger.reject('ChangeTownshipSettings', change),
      'TOWNSHIP_NOT_FOUND',
      'townshipId',
      'NOT_FOUND',
    );
    ledger.run('RegisterTownship', registration);
    const cases: [unknown, string, string][] = [
      [{ ...change, reviewingDepartments: [] }, 'REQUIRED', 'reviewingDepartments'],
      [
        { ...change, reviewingDepartments: [departments[0], departments[0]] },
        'DUPLICATE_ENTRY',
        'reviewingDepartments',
      ],
      [
        { ...change, reviewingDepartments: [{ code: 'police', name: '公安' }] },
        'DEPARTMENT_CODE_FORMAT',
        'reviewingDepartments.0.code',
      ],
      [{ ...change, admonishmentThreshold: 0 }, 'TOO_SMALL', 'admonishmentThreshold'],
      [{ ...change, admonishmentThreshold: 1.5 }, 'TOO_LARGE', 'admonishmentThreshold'],
    ];
    for (const [input, rule, field] of cases)
      expectRule(ledger.reject('ChangeTownshipSettings', input), rule, field);
  });
});

describe('the calendar settings', () => {
  const base = { townshipId: TOWNSHIP, reviewingDepartments: departments };

  it('default on registration, change one at a time, and keep the others', () => {
    const ledger = new Ledger();
    ledger.run('RegisterTownship', registration);
    ledger.run('ChangeTownshipSettings', {
      ...base,
      reviewOpenTooLongDays: 45,
      termReminderMonths: [12, 6, 3],
    });
    ledger.run('ChangeTownshipSettings', { ...base, reserveCadreAgeThreshold: 40 });
    expect(ledger.state(townshipAggregate, TOWNSHIP).settings).toMatchObject({
      reviewOpenTooLongDays: 45,
      serviceRequestUnresolvedDays: DEFAULT_CALENDAR_SETTINGS.serviceRequestUnresolvedDays,
      reserveCadreAgeThreshold: 40,
      committeeMemberAgeThreshold: 60,
      termReminderMonths: [12, 6, 3],
    });
  });

  it.each([
    ['reviewOpenTooLongDays', -1, 'TOO_SMALL'],
    ['reviewOpenTooLongDays', 0, 'TOO_SMALL'],
    ['reviewOpenTooLongDays', 366, 'TOO_LARGE'],
    ['reviewOpenTooLongDays', 1.5, 'INVALID_TYPE'],
    ['serviceRequestUnresolvedDays', 0, 'TOO_SMALL'],
    ['serviceRequestUnresolvedDays', 1000, 'TOO_LARGE'],
    ['reserveCadreAgeThreshold', -1, 'TOO_SMALL'],
    ['reserveCadreAgeThreshold', 71, 'TOO_LARGE'],
    ['committeeMemberAgeThreshold', 17, 'TOO_SMALL'],
    ['committeeMemberAgeThreshold', 120, 'TOO_LARGE'],
    ['termReminderMonths', [], 'REQUIRED'],
    ['termReminderMonths', [6, 6], 'DUPLICATE_ENTRY'],
    ['termReminderMonths.1', [6, 0], 'TOO_SMALL'],
    ['termReminderMonths.0', [25], 'TOO_LARGE'],
  ])('refuses %s = %j (%s), writing nothing', (field, value, rule) => {
    const ledger = new Ledger();
    ledger.run('RegisterTownship', registration);
    const key = field.split('.')[0]!;
    expectRule(ledger.reject('ChangeTownshipSettings', { ...base, [key]: value }), rule, field);
    expect(ledger.state(townshipAggregate, TOWNSHIP).settings).toMatchObject(DEFAULT_CALENDAR_SETTINGS);
  });

  it('refuses out-of-range settings given at registration', () => {
    const error = new Ledger().reject('RegisterTownship', {
      ...registration,
      settings: { committeeMemberAgeThreshold: 0 },
    });
    expectRule(error, 'TOO_SMALL', 'settings.committeeMemberAgeThreshold');
  });
});
