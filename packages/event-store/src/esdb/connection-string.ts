/** `esdb://` (one node or a listed cluster) and `esdb+discover://` (DNS discovery). */
export function isEsdbConnectionString(connectionString: string): boolean {
  return /^esdb(\+discover)?:\/\//.test(connectionString.trim());
}

/** The connection string fit for logs and error messages: the password, if any, replaced by `***`. */
export function redactConnectionString(connectionString: string): string {
  return connectionString.replace(/^([a-z+]+:\/\/[^:@/]+):[^@]+@/, '$1:***@');
}
