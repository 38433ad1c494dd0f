import type { StreamIdentifier } from '@eventstore/db-client/generated/shared_pb.js';
import { shared } from './generated-protocol.js';

/** Stream names travel as UTF-8 bytes. */
export function streamIdentifier(streamId: string): StreamIdentifier {
  return new shared.StreamIdentifier().setStreamName(Buffer.from(streamId, 'utf8'));
}

export function streamIdOf(identifier: StreamIdentifier | undefined): string {
  return Buffer.from(identifier?.getStreamName_asU8() ?? []).toString('utf8');
}
