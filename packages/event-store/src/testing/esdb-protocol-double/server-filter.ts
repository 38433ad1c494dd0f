import type { LoggedEvent } from './event-log.js';
import { type FilterOptions, streams } from './generated-protocol.js';

const { FilterCase } = streams.ReadReq.Options.FilterOptions;

/** The server-side filter of a read or subscription: on stream name or on event type, by prefixes or a regex. */
export function serverFilter(options: FilterOptions | undefined): (event: LoggedEvent) => boolean {
  if (!options) return () => true;
  const onStreams = options.getFilterCase() === FilterCase.STREAM_IDENTIFIER;
  const expression = onStreams ? options.getStreamIdentifier() : options.getEventType();
  const field = (event: LoggedEvent) => (onStreams ? event.streamId : event.type);
  const prefixes = expression?.getPrefixList() ?? [];
  const regex = expression?.getRegex() ? new RegExp(expression.getRegex()) : undefined;
  return (event) => {
    const value = field(event);
    if (regex) return regex.test(value);
    return prefixes.some((prefix) => value.startsWith(prefix));
  };
}
