export type WithoutNulls<T> = T extends readonly (infer U)[]
  ? WithoutNulls<U>[]
  : T extends object
    ? { [K in keyof T]: WithoutNulls<Exclude<T[K], null>> }
    : Exclude<T, null>;

/** GraphQL sends absent optional fields as null; the domain's schemas expect them left out. */
export function withoutNulls<T>(value: T): WithoutNulls<T> {
  if (Array.isArray(value)) return value.map(withoutNulls) as WithoutNulls<T>;
  if (value === null || typeof value !== 'object') return value as WithoutNulls<T>;
  const result: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value))
    if (v !== null && v !== undefined) result[key] = withoutNulls(v);
  return result as WithoutNulls<T>;
}
