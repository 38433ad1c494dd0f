import { randomUUID } from 'node:crypto';
import { type ServerWritableStream, status } from '@grpc/grpc-js';
import type { EventLog, LoggedEvent } from './event-log.js';
import { type IStreamsServer, type ReadReq, type ReadResp, streams } from './generated-protocol.js';
import {
  caughtUpMessage,
  checkpointMessage,
  confirmationMessage,
  eventMessage,
  streamNotFoundMessage,
} from './read-messages.js';
import { serverFilter } from './server-filter.js';
import { streamIdOf } from './stream-identifier.js';

const { Options } = streams.ReadReq;
type ReadOptions = ReadReq.Options;
type ReadCall = ServerWritableStream<ReadReq, ReadResp>;

export interface ReadBehaviour {
  /** Servers before 23.10 never say when a subscription has caught up. */
  announcesCaughtUp: boolean;
}

/** Streams.Read: stream reads, `$all` reads and `$all` subscriptions, as the client sends them. */
export function readHandler(log: EventLog, behaviour: ReadBehaviour): IStreamsServer['read'] {
  return (call) => {
    const options = call.request.getOptions();
    if (!options) return fail(call, status.INVALID_ARGUMENT, 'read options are required');
    const subscribing = options.getCountOptionCase() === Options.CountOptionCase.SUBSCRIPTION;
    const ofAll = options.getStreamOptionCase() === Options.StreamOptionCase.ALL;
    if (subscribing && ofAll) return subscribeToAll(call, options, log, behaviour);
    if (subscribing) return fail(call, status.UNIMPLEMENTED, 'the double only subscribes to $all');
    if (ofAll) return sendPage(call, allPage(options, log), 'all');
    const streamId = streamIdOf(options.getStream()?.getStreamIdentifier());
    const events = log.stream(streamId);
    // "Not found" is a message of the read, not a gRPC status: the client turns it into StreamNotFoundError.
    if (!events) {
      call.write(streamNotFoundMessage(streamId));
      call.end();
      return;
    }
    sendPage(call, streamPage(options, events), 'stream');
  };
}

function sendPage(call: ReadCall, page: readonly LoggedEvent[], from: 'all' | 'stream'): void {
  for (const event of page) call.write(eventMessage(event, from));
  call.end();
}

function fail(call: ReadCall, code: status, details: string): void {
  call.emit('error', { code, details });
}

/** From a revision, inclusive either way; the end is the last event backwards and past it forwards. */
function streamPage(options: ReadOptions, events: readonly LoggedEvent[]): LoggedEvent[] {
  const { RevisionOptionCase } = Options.StreamOptions;
  const streamOptions = options.getStream()!;
  const backwards = options.getReadDirection() === Options.ReadDirection.BACKWARDS;
  const last = events.length - 1;
  let from = 0;
  if (streamOptions.getRevisionOptionCase() === RevisionOptionCase.REVISION)
    from = Number(streamOptions.getRevision());
  if (streamOptions.getRevisionOptionCase() === RevisionOptionCase.END) from = backwards ? last : last + 1;
  const page = backwards
    ? events.filter((e) => e.revision <= from).reverse()
    : events.filter((e) => e.revision >= from);
  return page.slice(0, Number(options.getCount()));
}

/** Forwards from a position includes the event there; backwards from it, only the ones before. */
function allPage(options: ReadOptions, log: EventLog): LoggedEvent[] {
  const { AllOptionCase } = Options.AllOptions;
  const allOptions = options.getAll()!;
  const backwards = options.getReadDirection() === Options.ReadDirection.BACKWARDS;
  const matches = serverFilter(options.getFilter());
  const events = log.all().filter(matches);
  let page: LoggedEvent[];
  switch (allOptions.getAllOptionCase()) {
    case AllOptionCase.POSITION: {
      const from = BigInt(allOptions.getPosition()!.getCommitPosition());
      page = backwards
        ? events.filter((e) => e.position < from).reverse()
        : events.filter((e) => e.position >= from);
      break;
    }
    case AllOptionCase.END:
      page = backwards ? [...events].reverse() : [];
      break;
    default:
      page = backwards ? [] : [...events];
  }
  return page.slice(0, Number(options.getCount()));
}

/**
 * A catch-up subscription: confirmation, the stored events after the start (exclusive), caught-up, then
 * live events. Catch-up and going live happen in one turn of the event loop, so no append falls between.
 */
function subscribeToAll(call: ReadCall, options: ReadOptions, log: EventLog, behaviour: ReadBehaviour): void {
  const { AllOptionCase } = Options.AllOptions;
  const allOptions = options.getAll()!;
  const stored = log.all();
  const after =
    allOptions.getAllOptionCase() === AllOptionCase.POSITION
      ? BigInt(allOptions.getPosition()!.getCommitPosition())
      : allOptions.getAllOptionCase() === AllOptionCase.END
        ? (stored[stored.length - 1]?.position ?? -1n)
        : -1n;
  const matches = serverFilter(options.getFilter());
  const send = (message: ReadResp) => {
    if (!call.cancelled && call.writable) call.write(message);
  };

  send(confirmationMessage(randomUUID()));
  for (const event of stored) if (event.position > after && matches(event)) send(eventMessage(event, 'all'));
  const last = stored[stored.length - 1];
  // A filtered subscription reports how far it has searched, so a client can checkpoint past skipped events.
  if (options.hasFilter() && last && last.position > after) send(checkpointMessage(last.position));
  if (behaviour.announcesCaughtUp) send(caughtUpMessage());
  const stopLive = log.onAppend((event) => {
    if (matches(event)) send(eventMessage(event, 'all'));
  });
  call.on('cancelled', stopLive);
  call.on('close', stopLive);
}
