import type { EventStore, RecordedEvent } from '@cadre/event-store';
import type { GatewayContext } from '../context.js';
import { localizedError } from '../errors.js';

const INVALID_POSITION = {
  zh: 'after 应为事件日志中的位置（十进制数字）',
  en: 'after must be a position from the event log (decimal digits)',
};

/** The `after` argument as a store position, checked before the subscription starts. */
export function positionArgument(
  after: string | null | undefined,
  context: GatewayContext,
): bigint | undefined {
  if (!after) return undefined;
  if (!/^\d{1,20}$/.test(after)) {
    throw localizedError('BAD_USER_INPUT', INVALID_POSITION, context.locale, {
      rule: 'INVALID_POSITION',
      field: 'after',
    });
  }
  return BigInt(after);
}

/** Events stored after a position (default: now), as a subscription of the store; closing the iterator closes it. */
export async function* liveEvents(
  store: EventStore,
  after: bigint | undefined,
  accept: (event: RecordedEvent) => boolean,
) {
  const subscription = store.subscribeToAll({ after: after ?? (await store.headPosition()) });
  try {
    for await (const event of subscription) if (accept(event)) yield event;
  } finally {
    await subscription.close();
  }
}
