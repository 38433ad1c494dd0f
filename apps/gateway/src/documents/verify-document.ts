import { DomainError, type Localized, pick } from '@cadre/domain';
import { clearanceFor } from '../access/masking.js';
import type { Principal } from '../access/roles.js';
import { type GatewayContext, inLocale } from '../graphql/context.js';
import { localizedError } from '../graphql/errors.js';
import { throughTimeTravelGate } from '../graphql/queries/time-travel-gate.js';
import { type DocumentStamp, stampOf } from './document-kind.js';
import { audienceOf } from './document-read-models.js';
import type { Provenance } from './provenance.js';
import { provenanceOf } from './provenance.js';
import { uploadedBytes } from './uploaded-file.js';

export type VerificationOutcome =
  | 'MATCH'
  | 'POSITION_NOT_IN_LEDGER'
  | 'CHAIN_HEAD_MISMATCH'
  | 'CONTENT_DIFFERS';

const OUTCOMES: Record<VerificationOutcome, Localized> = {
  MATCH: {
    zh: '文件与台账一致：在该位置重新生成的文件逐字节相同，历史未被改动',
    en: 'The file matches the ledger: regenerated at its position it is byte for byte the same, and the history is intact',
  },
  POSITION_NOT_IN_LEDGER: {
    zh: '台账中没有该文件所记载的位置',
    en: 'The ledger has no such position as the file names',
  },
  CHAIN_HEAD_MISMATCH: {
    zh: '哈希链头与台账不符：文件不是出自本台账，或其后历史被改动',
    en: 'The chain head differs from the ledger: the file is not from this ledger, or its history was altered',
  },
  CONTENT_DIFFERS: {
    zh: '文件内容与在该位置重新生成的文件不同：文件已被改动',
    en: 'The content differs from the file regenerated at its position: the file was changed',
  },
};

export interface DocumentVerification {
  matches: boolean;
  outcome: VerificationOutcome;
  message: string;
  kind: string;
  asOf: string;
  position: string;
  chainHead: string;
}

/** Whether the verifier may see at least what the document's audience saw in clear of its cadres. */
function maySeeAsMuch(verifier: Principal, audience: Principal): boolean {
  const theirs = clearanceFor(audience, audience.villageId);
  const mine = clearanceFor(verifier, audience.villageId);
  if (theirs.sensitive && !mine.sensitive) return false;
  if (!theirs.identifiers) return true;
  // a village secretary's document shows their own village's identifiers only
  return audience.role === 'VILLAGE' ? mine.identifiers : clearanceFor(verifier, null).identifiers;
}

const notRecognized = () =>
  new DomainError(
    'BAD_USER_INPUT',
    'DOCUMENT_NOT_RECOGNIZED',
    {
      zh: '无法识别该文件：它不是本台账导出的文件，或其来源标记已损坏',
      en: 'The file is not recognised: it was not exported by this ledger, or its provenance stamp is damaged',
    },
    'file',
  );

async function ledgerProvenance(context: GatewayContext, position: bigint): Promise<Provenance | null> {
  try {
    return await provenanceOf(context.system, position);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/**
 * Tells whether a document on someone's desk is what the ledger gives: its stamp read, the chain head at
 * its position compared, the document regenerated there and compared byte for byte. A document whose
 * audience saw personal data in clear that the verifier may not see is refused (DOCUMENT_VERIFY_FORBIDDEN):
 * an answer "matches" would confirm a guessed ID number.
 */
export function verifyDocument(context: GatewayContext, base64: string): Promise<DocumentVerification> {
  return inLocale(context, async () => {
    const bytes = uploadedBytes(base64);
    const found = stampOf(bytes);
    if (!found) throw notRecognized();
    const { kind, stamp } = found;
    if (!maySeeAsMuch(context.principal!, audienceOf(stamp.request)))
      throw localizedError(
        'FORBIDDEN',
        {
          zh: '该文件含未脱敏的个人信息，超出当前角色的查看权限，不能核验',
          en: 'The file shows personal data in clear beyond what your role may see; it cannot be verified by you',
        },
        context.locale,
        { rule: 'DOCUMENT_VERIFY_FORBIDDEN' },
      );
    const answer = (outcome: VerificationOutcome, at: DocumentStamp): DocumentVerification => ({
      matches: outcome === 'MATCH',
      outcome,
      message: pick(OUTCOMES[outcome], context.locale),
      kind: at.request.kind,
      asOf: at.request.asOf,
      position: at.provenance.position.toString(),
      chainHead: at.provenance.chainHead,
    });
    const ledger = await ledgerProvenance(context, stamp.provenance.position);
    if (!ledger) return answer('POSITION_NOT_IN_LEDGER', stamp);
    if (ledger.chainHead !== stamp.provenance.chainHead) return answer('CHAIN_HEAD_MISMATCH', stamp);
    let regenerated: Uint8Array;
    try {
      regenerated = (await throughTimeTravelGate(context, () => kind.render(context.system, stamp))).bytes;
    } catch (error) {
      // a stamp edited into a request no document answers (a malformed day, an unknown filter)
      if (error instanceof DomainError) return answer('CONTENT_DIFFERS', stamp);
      throw error;
    }
    return answer(Buffer.from(regenerated).equals(Buffer.from(bytes)) ? 'MATCH' : 'CONTENT_DIFFERS', stamp);
  });
}
