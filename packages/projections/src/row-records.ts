/** Read-model rows as the records the gateway serves: camelCase keys, JSON columns parsed. */
export const camelCase = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export function toRecord(
  row: Record<string, unknown>,
  jsonColumns: readonly string[] = [],
): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (column.startsWith('_')) continue;
    record[camelCase(column)] =
      jsonColumns.includes(column) && typeof value === 'string' ? JSON.parse(value) : value;
  }
  return record;
}
