import { createHash } from 'node:crypto';
import {
  type CadreProfile,
  chinaDate,
  DomainError,
  deterministicUuid,
  idNumberStreamId,
  parseInput,
  photoHashOf,
  prepareAppointmentFormInput,
  registerCadreInput,
} from '@cadre/domain';
import { findCadre } from '@cadre/projections';
import type { GatewayContext } from '../../graphql/context.js';
import { runCommand } from '../../graphql/resolvers/command-mutation.js';
import { checkedPhoto } from '../photos/photo-bytes.js';
import { type LrmxPerson, readLrmx } from './read-lrmx.js';

export interface LrmxImportRequest {
  bytes: Uint8Array;
  /** The village a new file is registered in (not needed to correct an existing one). */
  villageId?: string;
  /** The business date of the registration or correction; today when left out. */
  importedOn?: string;
}

export interface LrmxImportResult {
  cadreId: string;
  registered: boolean;
  corrected: boolean;
  photoChanged: boolean;
  formPrepared: boolean;
  position: string;
}

/** Where a file's field sits in an .lrmx: a broken rule names the element the user can find. */
const LRMX_ELEMENT: Record<string, string> = {
  name: 'XingMing',
  gender: 'XingBie',
  birthDate: 'ChuShengNianYue',
  idNumber: 'ShenFenZheng',
  ethnicity: 'MinZu',
  nativePlace: 'JiGuan',
  birthplace: 'ChuShengDi',
  partyJoinDate: 'RuDangShiJian',
  workStartDate: 'CanJiaGongZuoShiJian',
  health: 'JianKangZhuangKuang',
  professionalTitle: 'ZhuanYeJiShuZhiWu',
  speciality: 'ShuXiZhuanYeYouHeZhuanChang',
  fullTimeEducation: 'QuanRiZhiJiaoYu_XueLi',
  onTheJobEducation: 'ZaiZhiJiaoYu_XueLi',
  educationLevel: 'QuanRiZhiJiaoYu_XueLi',
  resume: 'JianLi',
  rewardsAndPenalties: 'JiangChengQingKuang',
  familyMembers: 'JiaTingChengYuan',
  currentPost: 'XianRenZhiWu',
  proposedPost: 'NiRenZhiWu',
  postToLeave: 'NiMianZhiWu',
  appointmentReason: 'RenMianLiYou',
  reportingUnit: 'ChengBaoDanWei',
  filledBy: 'TianBiaoRen',
  preparedOn: 'TianBiaoShiJian',
};

/** `profile.idNumber` → `ShenFenZheng`; a field outside the file (villageId, importedOn) stays as it is. */
function inLrmxTerms<T>(body: () => Promise<T>): Promise<T> {
  return body().catch((error: unknown) => {
    if (!(error instanceof DomainError) || !error.field) throw error;
    const key = error.field.replace(/^(profile|changes)\./, '').split('.')[0]!;
    const element = LRMX_ELEMENT[key];
    if (!element) throw error;
    throw new DomainError(error.kind, error.rule, error.messages, element);
  });
}

/** The cadre whose file holds the ID number (its reservation), if any. */
async function holderOf(context: GatewayContext, idNumber: string): Promise<string | undefined> {
  const events = await context.system.store.readStream(`id-number-${idNumberStreamId(idNumber)}`);
  return (events.at(-1)?.data as { cadreId?: string } | undefined)?.cadreId;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields the .lrmx carries that differ from the file (fields it does not carry are left alone). */
function changesFrom(current: CadreProfile, imported: CadreProfile): Partial<CadreProfile> {
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(imported))
    if (!same(value, current[field as keyof CadreProfile])) changes[field] = value;
  return changes as Partial<CadreProfile>;
}

/**
 * Imports an .lrmx through the ledger's own commands: RegisterCadre for an ID number no file holds (else
 * CorrectCadreProfile of what differs), ChangeCadrePhoto for its photo, PrepareAppointmentForm for the form's
 * own entries. Command ids come from the file's hash, so importing the same file again writes nothing twice.
 * Everything is checked before the first command; a refused file writes nothing.
 */
export async function importLrmx(
  context: GatewayContext,
  request: LrmxImportRequest,
): Promise<LrmxImportResult> {
  const person: LrmxPerson = readLrmx(request.bytes);
  if (person.photo) checkedPhoto(person.photo, 'ZhaoPian');
  const fileHash = createHash('sha256').update(request.bytes).digest('hex');
  const commandId = (step: string) => deterministicUuid('lrmx-import', fileHash, step);
  const day = request.importedOn ?? chinaDate(context.system.now());
  const holder = await holderOf(context, person.profile.idNumber);
  const cadreId = holder ?? deterministicUuid('lrmx-import', fileHash, 'cadre');
  const entries = { cadreId, ...person.entries, preparedOn: person.entries.preparedOn ?? day };
  const hasEntries = Object.keys(person.entries).some((k) => k !== 'preparedOn');
  const register = { cadreId, villageId: request.villageId, profile: person.profile, registeredOn: day };
  await inLrmxTerms(async () => {
    if (!holder) parseInput(registerCadreInput, register);
    if (hasEntries) parseInput(prepareAppointmentFormInput, entries);
  });
  const result: LrmxImportResult = {
    cadreId,
    registered: false,
    corrected: false,
    photoChanged: false,
    formPrepared: false,
    position: '0',
  };
  const run = async (name: Parameters<typeof runCommand>[1], step: string, input: object) => {
    const outcome = await inLrmxTerms(() => runCommand(context, name, { commandId: commandId(step), input }));
    result.position = outcome.result.position.toString();
    return outcome;
  };
  if (!holder) {
    await run('RegisterCadre', 'register', register);
    result.registered = true;
  } else {
    const current = currentProfile(context, holder);
    const changes = current ? changesFrom(current, person.profile) : {};
    if (Object.keys(changes).length) {
      await run('CorrectCadreProfile', 'correct', {
        cadreId,
        changes,
        reason: '导入任免审批表',
        correctedOn: day,
      });
      result.corrected = true;
    }
  }
  if (person.photo) {
    const photo = context.system.photos.put(person.photo);
    const now = currentProfile(context, cadreId);
    if (photoHashOf(now?.photoUrl) !== photo.sha256) {
      await run('ChangeCadrePhoto', 'photo', { cadreId, photoSha256: photo.sha256, changedOn: day });
      result.photoChanged = true;
    }
  }
  if (hasEntries) {
    try {
      await run('PrepareAppointmentForm', 'form', entries);
      result.formPrepared = true;
    } catch (error) {
      if (!(error instanceof DomainError && error.rule === 'APPOINTMENT_FORM_UNCHANGED')) throw error;
    }
  }
  return result;
}

const currentProfile = (context: GatewayContext, cadreId: string): CadreProfile | undefined =>
  findCadre(context.system.readModels, cadreId)?.profile;
