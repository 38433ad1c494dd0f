import { type DocumentStamp, encodeDocumentRequest } from '../document-kind.js';
import { provenanceLine, provenanceStamp } from '../provenance.js';
import { compactDate, dottedDate } from './compact-dates.js';
import type { AppointmentForm, FormEducation } from './form-model.js';
import { FAMILY_FIELDS, LRMX_FIELDS, type LrmxField } from './lrmx-fields.js';
import { escapeXml } from './lrmx-xml.js';

export const LRMX_CONTENT_TYPE = 'application/xml';

/** The school and the major in one box, as the form prints them ("安徽农业大学 农学"). */
const schoolOf = (education: FormEducation) => [education.school, education.major].filter(Boolean).join(' ');

/** 2010.09--2014.07  安徽农业大学农学专业学习: one résumé line a period, the current one open-ended. */
export const resumeText = (form: AppointmentForm) =>
  form.resume
    .map((line) => `${dottedDate(line.from)}--${dottedDate(line.to)}  ${line.description}`)
    .join('\n');

function personFields(
  form: AppointmentForm,
  photo: Uint8Array | undefined,
): Record<Exclude<LrmxField, 'JiaTingChengYuan'>, string> {
  const full = form.fullTimeEducation;
  const onJob = form.onTheJobEducation;
  return {
    XingMing: form.name,
    XingBie: form.gender,
    ChuShengNianYue: compactDate(form.birthDate).slice(0, 6),
    MinZu: form.ethnicity,
    JiGuan: form.nativePlace,
    ChuShengDi: form.birthplace,
    RuDangShiJian: compactDate(form.partyJoinDate),
    CanJiaGongZuoShiJian: compactDate(form.workStartDate),
    JianKangZhuangKuang: form.health,
    ZhuanYeJiShuZhiWu: form.professionalTitle,
    ShuXiZhuanYeYouHeZhuanChang: form.speciality,
    QuanRiZhiJiaoYu_XueLi: full.level,
    QuanRiZhiJiaoYu_XueWei: full.degree,
    QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi: full.level ? schoolOf(full) : '',
    QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi: full.degree ? schoolOf(full) : '',
    ZaiZhiJiaoYu_XueLi: onJob.level,
    ZaiZhiJiaoYu_XueWei: onJob.degree,
    ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi: onJob.level ? schoolOf(onJob) : '',
    ZaiZhiJiaoYu_XueWei_BiYeYuanXiaoXi: onJob.degree ? schoolOf(onJob) : '',
    XianRenZhiWu: form.currentPost,
    NiRenZhiWu: form.proposedPost,
    NiMianZhiWu: form.postToLeave,
    JianLi: resumeText(form),
    JiangChengQingKuang: form.rewardsAndPenalties,
    NianDuKaoHeJieGuo: form.annualAssessments,
    RenMianLiYou: form.appointmentReason,
    ChengBaoDanWei: form.reportingUnit,
    JiSuanNianLingShiJian: compactDate(form.asOf),
    TianBiaoShiJian: compactDate(form.preparedOn),
    TianBiaoRen: form.filledBy,
    ShenFenZheng: form.idNumber,
    ZhaoPian: photo ? Buffer.from(photo).toString('base64') : '',
    ZhengZhiMianMao: form.politicalStatus,
  };
}

const element = (tag: string, text: string, indent = '  ') =>
  text ? `${indent}<${tag}>${escapeXml(text)}</${tag}>` : `${indent}<${tag} />`;

/** A comment may not hold "--": the request's JSON escapes it inside its strings. */
const commentSafe = (text: string) => text.replaceAll('--', '-\\u002d');

/**
 * The .lrmx of a form: UTF-8 XML, root `Person`, the elements in the software's order, family members as
 * `JiaTingChengYuan/Item`, the photo as base64, and the provenance and request in comments before the root.
 */
export function writeLrmx(
  form: AppointmentForm,
  photo: Uint8Array | undefined,
  stamp: DocumentStamp,
): Uint8Array {
  const fields = personFields(form, photo);
  const lines = LRMX_FIELDS.map((tag) => {
    if (tag !== 'JiaTingChengYuan') return element(tag, fields[tag]);
    const items = form.familyMembers.map((member) => {
      const values = [
        member.relation,
        member.name,
        compactDate(member.birthDate),
        member.politicalStatus,
        member.employerAndPost,
      ];
      const children = FAMILY_FIELDS.map((child, i) => element(child, values[i]!, '      '));
      return ['    <Item>', ...children, '    </Item>'].join('\n');
    });
    return items.length
      ? ['  <JiaTingChengYuan>', ...items, '  </JiaTingChengYuan>'].join('\n')
      : '  <JiaTingChengYuan />';
  });
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!--${provenanceStamp(stamp.provenance)}-->`,
    `<!--cadre-ledger-request:${commentSafe(encodeDocumentRequest(stamp.request))}-->`,
    `<!--${provenanceLine(stamp.provenance)}-->`,
    '<Person>',
    ...lines,
    '</Person>',
    '',
  ].join('\n');
  return new TextEncoder().encode(xml);
}
