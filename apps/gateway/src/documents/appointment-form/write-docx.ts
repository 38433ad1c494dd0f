import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import JSZip from 'jszip';
import { type DocumentStamp, encodeDocumentRequest } from '../document-kind.js';
import { documentDate } from '../excel/write-workbook.js';
import { provenanceLine, provenanceStamp } from '../provenance.js';
import type { AppointmentForm } from './form-model.js';
import {
  ageOnForm,
  birthWithAge,
  chineseDate,
  educationText,
  monthText,
  resumeText,
  schoolText,
} from './form-rows.js';

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const FONT = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };
/** Seven columns over the A4 text width (twips), as the paper form divides it. */
const COLUMNS = [1200, 1300, 1000, 1300, 1300, 1300, 1700];
const border = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

const lines = (text: string, size = 21) =>
  (text || ' ')
    .split('\n')
    .map((line) => new Paragraph({ children: [new TextRun({ text: line, font: FONT, size })] }));

function cell(
  text: string,
  options: { span?: number; rows?: number; label?: boolean; left?: boolean; height?: number } = {},
) {
  const paragraphs = (text || ' ').split('\n').map(
    (line) =>
      new Paragraph({
        alignment: options.left ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [new TextRun({ text: line, font: FONT, size: 21, bold: options.label ?? false })],
      }),
  );
  return new TableCell({
    children: paragraphs,
    verticalAlign: VerticalAlign.CENTER,
    borders,
    ...(options.span ? { columnSpan: options.span } : {}),
    ...(options.rows ? { rowSpan: options.rows } : {}),
  });
}

const label = (text: string, options: { span?: number; rows?: number } = {}) =>
  cell(text, { ...options, label: true });
const row = (cells: TableCell[], height = 560) =>
  new TableRow({ children: cells, height: { value: height, rule: 'atLeast' } });

function photoCell(photo: Uint8Array | undefined, type: 'jpg' | 'png' | undefined) {
  const children =
    photo && type
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new ImageRun({ type, data: photo, transformation: { width: 100, height: 133 } })],
          }),
        ]
      : lines('（照片）');
  return new TableCell({ children, rowSpan: 4, verticalAlign: VerticalAlign.CENTER, borders });
}

function familyTable(form: AppointmentForm): TableRow[] {
  const header = row([
    label('家庭\n主要\n成员\n及\n重要\n社会\n关系', { rows: Math.max(form.familyMembers.length, 3) + 1 }),
    label('称谓'),
    label('姓名'),
    label('年龄'),
    label('政治面貌'),
    label('工作单位及职务', { span: 2 }),
  ]);
  const members = form.familyMembers.map((m) =>
    row(
      [
        cell(m.relation),
        cell(m.name),
        cell(ageOnForm(m.birthDate, form.asOf)),
        cell(m.politicalStatus),
        cell(m.employerAndPost, { span: 2, left: true }),
      ],
      480,
    ),
  );
  const blanks = Array.from({ length: Math.max(0, 3 - members.length) }, () =>
    row([cell(''), cell(''), cell(''), cell(''), cell('', { span: 2 })], 480),
  );
  return [header, ...members, ...blanks];
}

function formTable(
  form: AppointmentForm,
  photo: Uint8Array | undefined,
  type: 'jpg' | 'png' | undefined,
): Table {
  const full = form.fullTimeEducation;
  const onJob = form.onTheJobEducation;
  return new Table({
    width: { size: COLUMNS.reduce((a, b) => a + b), type: WidthType.DXA },
    columnWidths: COLUMNS,
    rows: [
      row([
        label('姓名'),
        cell(form.name),
        label('性别'),
        cell(form.gender),
        label('出生年月\n（岁）'),
        cell(birthWithAge(form)),
        photoCell(photo, type),
      ]),
      row([
        label('民族'),
        cell(form.ethnicity),
        label('籍贯'),
        cell(form.nativePlace),
        label('出生地'),
        cell(form.birthplace),
      ]),
      row([
        label('入党时间'),
        cell(monthText(form.partyJoinDate)),
        label('参加工作\n时间'),
        cell(monthText(form.workStartDate)),
        label('健康状况'),
        cell(form.health),
      ]),
      row([
        label('专业技术\n职务'),
        cell(form.professionalTitle, { span: 2 }),
        label('熟悉专业\n有何专长'),
        cell(form.speciality, { span: 2 }),
      ]),
      row([
        label('学历\n学位', { rows: 2 }),
        label('全日制\n教育'),
        cell(educationText(full), { span: 2 }),
        label('毕业院校\n系及专业'),
        cell(schoolText(full), { span: 2 }),
      ]),
      row([
        label('在职\n教育'),
        cell(educationText(onJob), { span: 2 }),
        label('毕业院校\n系及专业'),
        cell(schoolText(onJob), { span: 2 }),
      ]),
      row([label('现任职务'), cell(form.currentPost, { span: 6, left: true })]),
      row([label('拟任职务'), cell(form.proposedPost, { span: 6, left: true })]),
      row([label('拟免职务'), cell(form.postToLeave, { span: 6, left: true })]),
      row([label('简\n\n历'), cell(resumeText(form), { span: 6, left: true })], 3600),
      row([label('奖惩\n情况'), cell(form.rewardsAndPenalties, { span: 6, left: true })], 900),
      row([label('年度考核\n结果'), cell(form.annualAssessments, { span: 6, left: true })], 700),
      row([label('任免\n理由'), cell(form.appointmentReason, { span: 6, left: true })], 700),
      ...familyTable(form),
      row([
        label('呈报单位'),
        cell(form.reportingUnit, { span: 3, left: true }),
        label('身份证号'),
        cell(form.idNumber, { span: 2 }),
      ]),
      row([
        label('填表人'),
        cell(form.filledBy, { span: 3 }),
        label('填表时间'),
        cell(chineseDate(form.preparedOn), { span: 2 }),
      ]),
    ],
  });
}

/**
 * The same .docx with nothing that changes between two writings: every zip entry dated the as-of day, the
 * properties' created and modified that day, and the drawings' ids (docx counts them across every document
 * the process writes) numbered from 1 within the document.
 */
async function pinned(bytes: Uint8Array, asOf: string): Promise<Uint8Array> {
  const date = documentDate(asOf);
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const source = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of Object.keys(source.files).sort()) {
    const file = source.files[name]!;
    if (file.dir) continue;
    if (!/\.(xml|rels)$/.test(name)) {
      out.file(name, await file.async('uint8array'), { date, createFolders: false });
      continue;
    }
    let drawings = 0;
    let pictures = 0;
    const text = (await file.async('string'))
      .replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++drawings}"`)
      .replace(/<pic:cNvPr id="\d+"/g, () => `<pic:cNvPr id="${++pictures}"`)
      .replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${iso}$3`);
    out.file(name, text, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/**
 * The 干部任免审批表 as a Word document: A4, the standard form's boxes, the photo, and in the footer and the
 * core properties the position and chain head it was built from (keywords: the stamp; description: the request).
 */
export async function writeDocx(
  form: AppointmentForm,
  photo: { bytes: Uint8Array; type: 'jpg' | 'png' } | undefined,
  stamp: DocumentStamp,
): Promise<Uint8Array> {
  const document = new Document({
    creator: 'CadreLedger 干部台账',
    lastModifiedBy: 'CadreLedger 干部台账',
    title: `干部任免审批表 ${form.name}`,
    subject: `截至${chineseDate(form.asOf)}`,
    keywords: provenanceStamp(stamp.provenance),
    description: encodeDocumentRequest(stamp.request),
    revision: 1,
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1077, right: 1077, footer: 567 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    text: `${provenanceLine(stamp.provenance)}（${provenanceStamp(stamp.provenance)}）`,
                    font: FONT,
                    size: 14,
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 120 },
            children: [new TextRun({ text: '干部任免审批表', font: FONT, size: 36, bold: true })],
          }),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [
              new TextRun({ text: `计算年龄时间：${chineseDate(form.asOf)}`, font: FONT, size: 18 }),
            ],
          }),
          formTable(form, photo?.bytes, photo?.type),
        ],
      },
    ],
  });
  return pinned(await Packer.toBuffer(document), form.asOf);
}
