import type { LoggedEvent } from './event-log.js';
import { type ReadResp, shared, streams } from './generated-protocol.js';
import { streamIdentifier } from './stream-identifier.js';

const { ReadResp: Resp } = streams;

/**
 * An event as the server sends it. Positions and revisions are decimal strings (64-bit fields with
 * jstype string); the client takes `type`, `content-type` and `created` from the metadata map.
 * Reads of `$all` also carry the commit position on the envelope; stream reads say `no_position` there
 * (the position is still on the recorded event, as recent servers report it).
 */
export function eventMessage(event: LoggedEvent, from: 'all' | 'stream'): ReadResp {
  const recorded = new Resp.ReadEvent.RecordedEvent()
    .setId(new shared.UUID().setString(event.id))
    .setStreamIdentifier(streamIdentifier(event.streamId))
    .setStreamRevision(String(event.revision))
    .setCommitPosition(String(event.position))
    .setPreparePosition(String(event.position))
    .setData(event.data)
    .setCustomMetadata(event.customMetadata);
  recorded
    .getMetadataMap()
    .set('type', event.type)
    .set('content-type', event.contentType)
    .set('created', String(event.createdTicks));
  const envelope = new Resp.ReadEvent().setEvent(recorded);
  if (from === 'all') envelope.setCommitPosition(String(event.position));
  else envelope.setNoPosition(new shared.Empty());
  return new Resp().setEvent(envelope);
}

export function streamNotFoundMessage(streamId: string): ReadResp {
  return new Resp().setStreamNotFound(
    new Resp.StreamNotFound().setStreamIdentifier(streamIdentifier(streamId)),
  );
}

export function confirmationMessage(subscriptionId: string): ReadResp {
  return new Resp().setConfirmation(new Resp.SubscriptionConfirmation().setSubscriptionId(subscriptionId));
}

export function caughtUpMessage(): ReadResp {
  return new Resp().setCaughtUp(new Resp.CaughtUp());
}

export function checkpointMessage(position: bigint): ReadResp {
  return new Resp().setCheckpoint(
    new Resp.Checkpoint().setCommitPosition(String(position)).setPreparePosition(String(position)),
  );
}
