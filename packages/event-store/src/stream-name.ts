/** Stream ids are `<category>-<id>` (EventStoreDB's convention), e.g. `cadre-5f0c…`. */
export function categoryOf(streamId: string): string {
  const dash = streamId.indexOf('-');
  return dash === -1 ? streamId : streamId.slice(0, dash);
}

export function streamName(category: string, id: string): string {
  return `${category}-${id}`;
}
