import {
  type AppointmentFormEntries,
  birthDateOfIdNumber,
  type CadreProfile,
  DomainError,
  EDUCATION_ORDER,
  type EducationRecord,
} from '@cadre/domain';
import { type DocumentStamp, decodeDocumentRequest } from '../document-kind.js';
import { codeOf } from '../excel/labels.js';
import { readProvenanceStamp } from '../provenance.js';
import { dayOf } from './compact-dates.js';
import { FAMILY_FIELDS } from './lrmx-fields.js';
import { childElements, commentsOf, innerBlock, innerBlocks, type XmlFields } from './lrmx-xml.js';

/** What an .lrmx says: the personal file, the photo's bytes, and the form's own entries. */
export interface LrmxPerson {
  profile: CadreProfile;
  photo?: Uint8Array;
  entries: Omit<AppointmentFormEntries, 'preparedOn'> & { preparedOn?: string };
}

const fieldError = (rule: 'LRMX_FIELD_MISSING' | 'LRMX_FIELD_INVALID', field: string) =>
  new DomainError(
    'BAD_USER_INPUT',
    rule,
    rule === 'LRMX_FIELD_MISSING'
      ? { zh: `任免审批表文件缺少“${field}”`, en: `The .lrmx file lacks ${field}` }
      : { zh: `任免审批表文件的“${field}”无法读取`, en: `The .lrmx file's ${field} cannot be read` },
    field,
  );

export const notAnLrmx = () =>
  new DomainError(
    'BAD_USER_INPUT',
    'LRMX_FORMAT',
    {
      zh: '不是任免审批表（.lrmx）文件：没有 Person 根元素',
      en: 'Not an .lrmx file: there is no Person root element',
    },
    'file',
  );

/** Levels as the national software spells them, besides the ledger's own labels. */
const LEVEL_WORDS: Record<string, string> = {
  初中: 'JUNIOR_HIGH',
  高中: 'SENIOR_HIGH',
  中专: 'SENIOR_HIGH',
  大专: 'JUNIOR_COLLEGE',
  大学专科: 'JUNIOR_COLLEGE',
  大学: 'BACHELOR',
  大学本科: 'BACHELOR',
  研究生: 'POSTGRADUATE',
};

function text(fields: XmlFields, tag: string): string | undefined {
  const value = fields.get(tag)?.trim();
  return value ? value : undefined;
}

function required(fields: XmlFields, tag: string): string {
  const value = text(fields, tag);
  if (!value) throw fieldError('LRMX_FIELD_MISSING', tag);
  return value;
}

function day(fields: XmlFields, tag: string): string | undefined {
  const value = text(fields, tag);
  if (!value) return undefined;
  const read = dayOf(value);
  if (!read) throw fieldError('LRMX_FIELD_INVALID', tag);
  return read;
}

function education(fields: XmlFields, prefix: string): EducationRecord | undefined {
  const level = text(fields, `${prefix}_XueLi`);
  if (!level) return undefined;
  const code = LEVEL_WORDS[level] ?? codeOf('educationLevel', level);
  if (!code) throw fieldError('LRMX_FIELD_INVALID', `${prefix}_XueLi`);
  const where =
    text(fields, `${prefix}_XueLi_BiYeYuanXiaoXi`) ?? text(fields, `${prefix}_XueWei_BiYeYuanXiaoXi`);
  const [school, ...major] = (where ?? '').split(/\s+/);
  const degree = text(fields, `${prefix}_XueWei`);
  return {
    level: code as EducationRecord['level'],
    ...(degree ? { degree } : {}),
    ...(school ? { school } : {}),
    ...(major.length ? { major: major.join(' ') } : {}),
  };
}

/** 2010.09--2014.07  what: the résumé's lines back into periods (a line that is not one joins the one before). */
function resumeOf(jianLi: string | undefined): CadreProfile['resume'] {
  if (!jianLi) return undefined;
  const lines: NonNullable<CadreProfile['resume']> = [];
  for (const raw of jianLi.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const match =
      /^(\d{4}\.\d{1,2}(?:\.\d{1,2})?)\s*[-—~～]{1,2}\s*(\d{4}\.\d{1,2}(?:\.\d{1,2})?)?\s*(.*)$/.exec(line);
    const from = match && dayOf(match[1]!);
    if (!match || !from) {
      const last = lines.at(-1);
      if (!last) throw fieldError('LRMX_FIELD_INVALID', 'JianLi');
      last.description = `${last.description}\n${line}`;
      continue;
    }
    const to = match[2] ? dayOf(match[2]) : undefined;
    if (match[2] && !to) throw fieldError('LRMX_FIELD_INVALID', 'JianLi');
    lines.push({ from, ...(to ? { to } : {}), description: match[3]!.trim() || '—' });
  }
  return lines.length ? lines : undefined;
}

function familyOf(xml: string): CadreProfile['familyMembers'] {
  const block = innerBlock(xml, 'JiaTingChengYuan');
  if (!block) return undefined;
  const members = innerBlocks(block, 'Item').map((item, i) => {
    const fields = childElements(item);
    const [relation, name, birth, status, employer] = FAMILY_FIELDS.map((tag) => text(fields, tag));
    if (!relation) throw fieldError('LRMX_FIELD_MISSING', `JiaTingChengYuan.Item.${i}.ChengWei`);
    if (!name) throw fieldError('LRMX_FIELD_MISSING', `JiaTingChengYuan.Item.${i}.XingMing`);
    const birthDate = birth ? dayOf(birth) : undefined;
    if (birth && !birthDate)
      throw fieldError('LRMX_FIELD_INVALID', `JiaTingChengYuan.Item.${i}.ChuShengRiQi`);
    const politicalStatus = status ? codeOf('politicalStatus', status) : undefined;
    return {
      relation,
      name,
      ...(birthDate ? { birthDate } : {}),
      ...(politicalStatus ? { politicalStatus: politicalStatus as CadreProfile['politicalStatus'] } : {}),
      ...(employer ? { employerAndPost: employer } : {}),
    };
  });
  return members.length ? members : undefined;
}

function photoOf(fields: XmlFields): Uint8Array | undefined {
  const base64 = fields.get('ZhaoPian')?.replace(/\s+/g, '');
  if (!base64) return undefined;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0)
    throw fieldError('LRMX_FIELD_INVALID', 'ZhaoPian');
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

const GENDERS: Record<string, CadreProfile['gender']> = { 男: 'MALE', 女: 'FEMALE' };

/**
 * Reads an .lrmx: a coded error names the first element that is missing or cannot be read
 * (LRMX_FIELD_MISSING, LRMX_FIELD_INVALID; LRMX_FORMAT when it is no .lrmx at all).
 */
export function readLrmx(bytes: Uint8Array): LrmxPerson {
  const xml = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  // a document type could declare entities: a form never has one
  if (/<!DOCTYPE/i.test(xml)) throw notAnLrmx();
  const person = innerBlock(xml, 'Person');
  if (person === undefined) throw notAnLrmx();
  const fields = childElements(person.replace(/<JiaTingChengYuan>[\s\S]*?<\/JiaTingChengYuan\s*>/, ''));
  const name = required(fields, 'XingMing');
  const gender = GENDERS[required(fields, 'XingBie')];
  if (!gender) throw fieldError('LRMX_FIELD_INVALID', 'XingBie');
  const idNumber = required(fields, 'ShenFenZheng').toUpperCase();
  const month = required(fields, 'ChuShengNianYue');
  const birthDate = /^\d{17}[\dX]$/.test(idNumber) ? birthDateOfIdNumber(idNumber) : dayOf(month);
  if (!birthDate || !dayOf(month) || dayOf(month)!.slice(0, 7) !== birthDate.slice(0, 7))
    throw fieldError('LRMX_FIELD_INVALID', 'ChuShengNianYue');
  const fullTimeEducation = education(fields, 'QuanRiZhiJiaoYu');
  const onTheJobEducation = education(fields, 'ZaiZhiJiaoYu');
  const levels = [fullTimeEducation?.level, onTheJobEducation?.level].filter(
    Boolean,
  ) as EducationRecord['level'][];
  if (levels.length === 0) throw fieldError('LRMX_FIELD_MISSING', 'QuanRiZhiJiaoYu_XueLi');
  const educationLevel = levels.reduce((a, b) =>
    EDUCATION_ORDER.indexOf(b) > EDUCATION_ORDER.indexOf(a) ? b : a,
  );
  const status = text(fields, 'ZhengZhiMianMao');
  const politicalStatus = status
    ? codeOf('politicalStatus', status)
    : text(fields, 'RuDangShiJian')
      ? 'CPC_MEMBER'
      : 'MASSES';
  if (!politicalStatus) throw fieldError('LRMX_FIELD_INVALID', 'ZhengZhiMianMao');
  const rewards = text(fields, 'JiangChengQingKuang');
  const optional = {
    nativePlace: text(fields, 'JiGuan'),
    birthplace: text(fields, 'ChuShengDi'),
    partyJoinDate: day(fields, 'RuDangShiJian'),
    workStartDate: day(fields, 'CanJiaGongZuoShiJian'),
    health: text(fields, 'JianKangZhuangKuang'),
    professionalTitle: text(fields, 'ZhuanYeJiShuZhiWu'),
    speciality: text(fields, 'ShuXiZhuanYeYouHeZhuanChang'),
    fullTimeEducation,
    onTheJobEducation,
    resume: resumeOf(fields.get('JianLi')),
    rewardsAndPenalties: rewards === '无' ? undefined : rewards,
    familyMembers: familyOf(person),
  };
  const profile = {
    name,
    gender,
    ethnicity: text(fields, 'MinZu') ?? '汉族',
    birthDate,
    idNumber,
    politicalStatus: politicalStatus as CadreProfile['politicalStatus'],
    educationLevel,
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
  } as CadreProfile;
  const entryFields = {
    currentPost: text(fields, 'XianRenZhiWu'),
    proposedPost: text(fields, 'NiRenZhiWu'),
    postToLeave: text(fields, 'NiMianZhiWu'),
    appointmentReason: text(fields, 'RenMianLiYou'),
    reportingUnit: text(fields, 'ChengBaoDanWei'),
    filledBy: text(fields, 'TianBiaoRen'),
    preparedOn: day(fields, 'TianBiaoShiJian'),
  };
  const photo = photoOf(fields);
  return {
    profile,
    ...(photo ? { photo } : {}),
    entries: Object.fromEntries(
      Object.entries(entryFields).filter(([, v]) => v !== undefined),
    ) as LrmxPerson['entries'],
  };
}

/** The stamp an .lrmx written by the ledger carries in its comments; null for any other file. */
export function readLrmxStamp(bytes: Uint8Array): DocumentStamp | null {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 8192));
  if (!/<Person[\s>]/.test(new TextDecoder('utf-8').decode(bytes))) return null;
  const comments = commentsOf(head);
  const provenance = comments.map(readProvenanceStamp).find(Boolean) ?? null;
  const requestText = comments
    .find((c) => c.startsWith('cadre-ledger-request:'))
    ?.slice('cadre-ledger-request:'.length);
  const request = requestText ? decodeDocumentRequest(requestText) : null;
  return provenance && request ? { provenance, request } : null;
}
