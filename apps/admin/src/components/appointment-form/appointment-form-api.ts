import { ApiError, graphqlRequest, newCommandId } from '../../api/graphql-client.js';
import { currentSession } from '../../api/session.js';
import type { AppointmentFormFormat, AppointmentFormViewQuery } from '../../generated/gql/graphql.js';
import { graphql } from '../../generated/gql/index.js';
import { currentLocale } from '../../i18n/index.js';

const FORM = graphql(`
  query AppointmentFormView($cadreId: ID!, $asOf: String) {
    appointmentForm(cadreId: $cadreId, asOf: $asOf) {
      cadreId asOf name gender birthDate age ethnicity nativePlace birthplace politicalStatus
      partyJoinDate workStartDate health professionalTitle speciality
      fullTimeEducation { level degree school major }
      onTheJobEducation { level degree school major }
      idNumber photoUrl currentPost proposedPost postToLeave
      resume { from to description }
      rewardsAndPenalties annualAssessments
      familyMembers { relation name birthDate age politicalStatus employerAndPost }
      appointmentReason reportingUnit filledBy preparedOn position chainHead masked
    }
  }
`);

const DOCUMENT = graphql(`
  query AppointmentFormFile($cadreId: ID!, $asOf: String, $format: AppointmentFormFormat!) {
    appointmentFormDocument(cadreId: $cadreId, asOf: $asOf, format: $format) {
      fileName contentType base64 position chainHead
    }
  }
`);

const IMPORT = graphql(`
  mutation ImportLrmxFile($input: ImportLrmxInput!) {
    importLrmx(input: $input) { cadreId registered corrected photoChanged formPrepared position }
  }
`);

const PHOTO_OF = graphql(`
  query CadrePhoto($id: ID!) {
    cadre(id: $id) { id photoUrl }
  }
`);

const CHANGE_PHOTO = graphql(`
  mutation ChangeCadrePhotoOnFile($commandId: ID!, $input: ChangeCadrePhotoInput!) {
    changeCadrePhoto(commandId: $commandId, input: $input) { position }
  }
`);

export type AppointmentFormView = NonNullable<AppointmentFormViewQuery['appointmentForm']>;

export async function fetchAppointmentForm(
  cadreId: string,
  asOf: string,
): Promise<AppointmentFormView | null> {
  const data = await graphqlRequest(FORM, { cadreId, ...(asOf ? { asOf } : {}) });
  return data.appointmentForm ?? null;
}

/** Saves a document the gateway made (base64) under its own file name. */
function save(file: { fileName: string; contentType: string; base64: string }) {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function downloadAppointmentForm(cadreId: string, asOf: string, format: AppointmentFormFormat) {
  const data = await graphqlRequest(DOCUMENT, { cadreId, format, ...(asOf ? { asOf } : {}) });
  save(data.appointmentFormDocument);
  return data.appointmentFormDocument;
}

/** The file's bytes as base64, for a mutation. */
async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function importLrmxFile(file: Blob, villageId: string) {
  const data = await graphqlRequest(IMPORT, {
    input: { base64: await base64Of(file), ...(villageId ? { villageId } : {}) },
  });
  return data.importLrmx;
}

const authorization = (): Record<string, string> => {
  const session = currentSession();
  return {
    'accept-language': currentLocale(),
    ...(session ? { authorization: `Bearer ${session.token}` } : {}),
  };
};

/** A stored photo as an object URL for an <img> (the photo needs the session, which an <img> cannot send). */
export async function photoObjectUrl(photoUrl: string, cadreId: string): Promise<string> {
  const url = photoUrl.includes('?') ? photoUrl : `${photoUrl}?cadreId=${cadreId}`;
  const response = await fetch(url, { headers: authorization() });
  if (!response.ok) throw new ApiError(`${response.status}`, 'PHOTO_UNAVAILABLE');
  return URL.createObjectURL(await response.blob());
}

export async function fetchCadrePhotoUrl(id: string): Promise<string | null> {
  const data = await graphqlRequest(PHOTO_OF, { id });
  return data.cadre?.photoUrl ?? null;
}

/** Uploads a JPEG or PNG (≤ 2 MB) and puts it on the cadre's file. */
export async function uploadCadrePhoto(cadreId: string, file: Blob): Promise<void> {
  const response = await fetch(`/photos?cadreId=${cadreId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...authorization() },
    body: file,
  });
  const body = (await response.json()) as {
    sha256?: string;
    errors?: { message: string; extensions?: { code?: string; rule?: string; field?: string } }[];
  };
  const error = body.errors?.[0];
  if (error || !body.sha256)
    throw new ApiError(
      error?.message ?? `${response.status}`,
      error?.extensions?.code ?? 'UNKNOWN',
      error?.extensions?.field,
      error?.extensions?.rule,
    );
  await graphqlRequest(CHANGE_PHOTO, {
    commandId: newCommandId(),
    input: { cadreId, photoSha256: body.sha256 },
  });
}
