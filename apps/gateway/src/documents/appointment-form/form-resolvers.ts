import { chinaDate, DomainError } from '@cadre/domain';
import { pastDay } from '@cadre/projections';
import type { GraphQLResolveInfo } from 'graphql';
import { logDisclosed } from '../../access/personal-data-disclosed.js';
import { authorize } from '../../access/policy.js';
import { type GatewayContext, inLocale } from '../../graphql/context.js';
import type { CommandPayload } from '../../graphql/generated/resolvers.js';
import { type CommandArgs, commandMutation } from '../../graphql/resolvers/command-mutation.js';
import type { DocumentRequest, DocumentStamp } from '../document-kind.js';
import type { DocumentFile } from '../export-spreadsheet.js';
import { photoNotFound, villageOfCadre } from '../photos/photo-access.js';
import { provenanceOf } from '../provenance.js';
import { uploadedBytes } from '../uploaded-file.js';
import { APPOINTMENT_FORM_KINDS, type AppointmentFormFormat, formOfStamp } from './appointment-form-kinds.js';
import { ageOnForm } from './form-rows.js';
import { importLrmx } from './import-lrmx.js';

export interface FormArgs {
  cadreId: string;
  asOf?: string | null;
  position?: string | null;
}

const INVALID_POSITION = {
  zh: 'position 应为台账中已有的全局位置（十进制）',
  en: 'position must be a global position the ledger has reached (decimal)',
};

/** The stamp a form is made under: the caller's view, the day asked (today by default), the ledger's position. */
async function stampFor(
  context: GatewayContext,
  field: string,
  args: FormArgs,
  kind: string,
): Promise<DocumentStamp> {
  const { system, principal } = context;
  authorize(principal, field, villageOfCadre(system, args.cadreId), context.locale);
  const today = chinaDate(system.now());
  const asOf = pastDay(args.asOf, today) ?? today;
  let position: bigint | undefined;
  if (args.position != null) {
    if (!/^\d{1,19}$/.test(args.position))
      throw new DomainError('BAD_USER_INPUT', 'INVALID_POSITION', INVALID_POSITION, 'position');
    position = BigInt(args.position);
  }
  const provenance = await provenanceOf(system, position).catch((error: unknown) => {
    if (error instanceof RangeError)
      throw new DomainError('BAD_USER_INPUT', 'INVALID_POSITION', INVALID_POSITION, 'position');
    throw error;
  });
  const request: DocumentRequest = {
    kind,
    asOf,
    params: {
      cadreId: args.cadreId,
      ...(principal?.role === 'VILLAGE' && principal.villageId
        ? { audienceVillageId: principal.villageId }
        : {}),
    },
    audience: principal!.role,
  };
  return { request, provenance };
}

const masked = (idNumber: string) => idNumber.includes('*');

const photoUrlOf = (cadreId: string, sha256: string | null) =>
  sha256 ? `/photos/${sha256}?cadreId=${cadreId}` : null;

const changeCadrePhotoCommand = commandMutation('ChangeCadrePhoto');

/** The 干部任免审批表: the form to print, its .docx and .lrmx, the .lrmx import, and the photo put on file. */
export const appointmentFormResolvers = {
  Query: {
    appointmentForm: (_: unknown, args: FormArgs, context: GatewayContext) =>
      inLocale(context, async () => {
        const stamp = await stampFor(context, 'appointmentForm', args, 'appointment-form.view');
        const { form, disclosed } = await formOfStamp(context.system, stamp).catch((error: unknown) => {
          if (error instanceof DomainError && error.rule === 'CADRE_NOT_FOUND')
            return { form: null, disclosed: [] };
          throw error;
        });
        if (!form) return null;
        await logDisclosed(context, 'appointmentForm', disclosed);
        const { photoSha256, ...rest } = form;
        return {
          ...rest,
          photoUrl: photoUrlOf(form.cadreId, photoSha256),
          familyMembers: form.familyMembers.map((m) => ({ ...m, age: ageOnForm(m.birthDate, form.asOf) })),
          position: stamp.provenance.position.toString(),
          chainHead: stamp.provenance.chainHead,
          masked: masked(form.idNumber),
        };
      }),
    appointmentFormDocument: (
      _: unknown,
      args: FormArgs & { format: AppointmentFormFormat },
      context: GatewayContext,
    ): Promise<DocumentFile> =>
      inLocale(context, async () => {
        const kind = APPOINTMENT_FORM_KINDS[args.format];
        const stamp = await stampFor(context, 'appointmentFormDocument', args, kind.kind);
        const rendered = await kind.render(context.system, stamp);
        await logDisclosed(context, 'appointmentFormDocument', rendered.disclosed);
        return {
          fileName: rendered.fileName,
          contentType: rendered.contentType,
          base64: Buffer.from(rendered.bytes).toString('base64'),
          position: stamp.provenance.position.toString(),
          chainHead: stamp.provenance.chainHead,
          masked: !rendered.disclosed.some((s) => s.fields.includes('idNumber')),
        };
      }),
  },
  Mutation: {
    importLrmx: (
      _: unknown,
      args: { input: { base64: string; villageId?: string | null; importedOn?: string | null } },
      context: GatewayContext,
    ) =>
      inLocale(context, async () => {
        authorize(context.principal, 'importLrmx', null, context.locale);
        return importLrmx(context, {
          bytes: uploadedBytes(args.input.base64, 'base64'),
          ...(args.input.villageId ? { villageId: args.input.villageId } : {}),
          ...(args.input.importedOn ? { importedOn: args.input.importedOn } : {}),
        });
      }),
  },
};

/** changeCadrePhoto runs its command only for a photo the store holds: an event never names missing bytes. */
export function changeCadrePhoto(
  parent: unknown,
  args: CommandArgs & { input: { photoSha256?: string } },
  context: GatewayContext,
  info: GraphQLResolveInfo,
): Promise<CommandPayload> {
  return inLocale(context, () => {
    const sha256 = args.input.photoSha256;
    if (typeof sha256 === 'string' && /^[0-9a-f]{64}$/.test(sha256) && !context.system.photos.get(sha256))
      throw photoNotFound();
    return changeCadrePhotoCommand(parent, args, context, info);
  });
}
