import { status } from '@grpc/grpc-js';
import type { AppendOutcome, EventLog, ExpectedStreamState, ProposedEvent } from './event-log.js';
import {
  type AppendReq,
  type AppendResp,
  type IStreamsServer,
  shared,
  streams,
} from './generated-protocol.js';
import { streamIdOf } from './stream-identifier.js';

const { AppendReq: Req, AppendResp: Resp } = streams;

/** Streams.Append: a client stream of one options message, then the proposed events; one answer. */
export function appendHandler(log: EventLog): IStreamsServer['append'] {
  return (call, callback) => {
    let options: AppendReq.Options | undefined;
    const proposed: ProposedEvent[] = [];
    call.on('data', (request: AppendReq) => {
      if (request.getContentCase() === Req.ContentCase.OPTIONS) options = request.getOptions();
      else proposed.push(proposedEvent(request.getProposedMessage()!));
    });
    call.on('end', () => {
      if (!options) return callback({ code: status.INVALID_ARGUMENT, details: 'append options come first' });
      const streamId = streamIdOf(options.getStreamIdentifier());
      const expected = expectedStreamState(options);
      callback(null, appendResponse(log.append(streamId, expected, proposed), expected));
    });
  };
}

function proposedEvent(message: AppendReq.ProposedMessage): ProposedEvent {
  const metadata = message.getMetadataMap();
  return {
    id: message.getId()!.getString(),
    type: metadata.get('type') ?? '',
    contentType: metadata.get('content-type') ?? 'application/octet-stream',
    data: message.getData_asU8(),
    customMetadata: message.getCustomMetadata_asU8(),
  };
}

function expectedStreamState(options: AppendReq.Options): ExpectedStreamState {
  const Case = Req.Options.ExpectedStreamRevisionCase;
  switch (options.getExpectedStreamRevisionCase()) {
    case Case.REVISION:
      return { kind: 'revision', revision: Number(options.getRevision()) };
    case Case.NO_STREAM:
      return { kind: 'no_stream' };
    case Case.STREAM_EXISTS:
      return { kind: 'stream_exists' };
    default:
      return { kind: 'any' };
  }
}

function appendResponse(outcome: AppendOutcome, expected: ExpectedStreamState): AppendResp {
  if (outcome.ok) {
    const success = new Resp.Success().setPosition(
      new Resp.Position()
        .setCommitPosition(String(outcome.position))
        .setPreparePosition(String(outcome.position)),
    );
    if (outcome.currentRevision === -1) success.setNoStream(new shared.Empty());
    else success.setCurrentRevision(String(outcome.currentRevision));
    return new Resp().setSuccess(success);
  }
  // The message also has fields named *_20_6_0 from older servers; the client reads only these.
  const wrong = new Resp.WrongExpectedVersion();
  if (outcome.currentRevision === -1) wrong.setCurrentNoStream(new shared.Empty());
  else wrong.setCurrentRevision(String(outcome.currentRevision));
  switch (expected.kind) {
    case 'revision':
      wrong.setExpectedRevision(String(expected.revision));
      break;
    case 'no_stream':
      wrong.setExpectedNoStream(new shared.Empty());
      break;
    case 'stream_exists':
      wrong.setExpectedStreamExists(new shared.Empty());
      break;
    case 'any':
      wrong.setExpectedAny(new shared.Empty());
  }
  return new Resp().setWrongExpectedVersion(wrong);
}
