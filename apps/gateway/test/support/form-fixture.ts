import { deflateSync } from 'node:zlib';
import { idNumberCheckChar } from '@cadre/domain';
import type { Place } from './appointment-fixture.js';
import type { CommandClient } from './command-client.js';

/** The gateway's fixed clock in these tests: noon of 1 December 2026 in China. */
export const FORM_NOW = () => new Date('2026-12-01T04:00:00Z');

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real PNG of `width`×`height` grey pixels (a different `shade` is a different photo). */
export function pngPhoto(width = 30, height = 40, shade = 128): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(0, 9); // greyscale
  const rows = Buffer.concat(
    Array.from({ length: height }, () => Buffer.from([0, ...Array(width).fill(shade)])),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** 李明华's file as an office keeps it: every field the 干部任免审批表 prints. */
export function fullProfile(serial = 7) {
  const first17 = `340121198003${String(15).padStart(2, '0')}${String(serial).padStart(2, '0')}1`;
  return {
    name: '李明华',
    gender: 'MALE',
    ethnicity: '汉族',
    birthDate: '1980-03-15',
    idNumber: first17 + idNumberCheckChar(first17),
    nativePlace: '安徽长丰',
    birthplace: '安徽合肥',
    politicalStatus: 'CPC_MEMBER',
    partyJoinDate: '2003-06-01',
    workStartDate: '2002-07-15',
    health: '健康',
    professionalTitle: '助理农艺师',
    speciality: '农业技术推广',
    educationLevel: 'BACHELOR',
    fullTimeEducation: { level: 'JUNIOR_COLLEGE', school: '安徽农业大学', major: '农学' },
    onTheJobEducation: { level: 'BACHELOR', degree: '农学学士', school: '安徽农业大学', major: '农业管理' },
    resume: [
      { from: '1999-09-01', to: '2002-07-01', description: '安徽农业大学农学专业学习' },
      { from: '2002-07-15', to: '2015-03-01', description: '周王村村委会委员' },
      { from: '2015-03-01', description: '周王村党组织书记' },
    ],
    rewardsAndPenalties: '2019年被评为区优秀共产党员',
    familyMembers: [
      {
        relation: '妻子',
        name: '王芳',
        birthDate: '1982-08-01',
        politicalStatus: 'MASSES',
        employerAndPost: '周王村村民',
      },
      { relation: '儿子', name: '李想', birthDate: '2008-05-01', employerAndPost: '长丰一中学生' },
    ],
  };
}

/** The form's own entries, as the office prepares them for an appointment. */
export const FORM_ENTRIES = {
  proposedPost: '周王村党组织书记（连任）',
  postToLeave: '无',
  appointmentReason: '换届选举',
  reportingUnit: '中共周王镇委员会',
  filledBy: '组织办 陈静',
  preparedOn: '2026-11-20',
};

/** Registers 李明华 in the place's village with the form's entries and an honor; answers the cadre's id. */
export async function formCadre(client: CommandClient, place: Place, serial = 7): Promise<string> {
  const registered = await client.run('RegisterCadre', {
    villageId: place.villageId,
    profile: fullProfile(serial),
    registeredOn: '2020-01-02',
  });
  const cadreId = registered.cadre.id as string;
  await client.run('HonorCadre', {
    cadreId,
    title: '优秀村党组织书记',
    level: 'DISTRICT',
    awardingBody: '中共长丰县委',
    awardedOn: '2024-07-01',
  });
  await client.run('RecordAnnualAssessment', {
    cadreId,
    year: 2025,
    score: 92,
    grade: 'EXCELLENT',
    bonus: 3000,
    assessedOn: '2025-12-20',
  });
  await client.run('PrepareAppointmentForm', { cadreId, ...FORM_ENTRIES });
  return cadreId;
}

/** POSTs a photo's bytes to /photos for the cadre. */
export async function uploadPhoto(
  url: string,
  cadreId: string,
  bytes: Uint8Array,
  headers: Record<string, string>,
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${url}/photos?cadreId=${cadreId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...headers },
    body: bytes,
  });
  return { status: response.status, body: await response.json() };
}
