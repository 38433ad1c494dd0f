import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Accounts } from '../access/accounts.js';
import { openAccountsDatabase } from '../access/accounts-database.js';
import { createFirstAdmin } from '../access/first-admin.js';
import { isUserRole } from '../access/roles.js';
import { loadSessionSecret } from '../access/session-tokens.js';
import { adminExists, findUserByUsername } from '../access/users.js';
import type { GatewayConfig } from '../config.js';

function openAccounts(config: GatewayConfig): Accounts {
  const folder = config.sharedDir ?? config.dataDir;
  return new Accounts({
    db: openAccountsDatabase(join(folder, 'accounts.sqlite')),
    sessionSecret: loadSessionSecret({ dataDir: folder }),
  });
}

async function withAccounts<T>(
  config: GatewayConfig,
  body: (accounts: Accounts) => Promise<T> | T,
): Promise<T> {
  const accounts = openAccounts(config);
  try {
    return await body(accounts);
  } finally {
    accounts.db.close();
  }
}

/** A password for a first admin nobody chose one for: printed once, to be changed. */
export function generatedPassword(): string {
  return randomBytes(12).toString('base64url');
}

/** `create-admin <username>`: the first administrator; the password from CADRE_ADMIN_PASSWORD or generated. */
export async function createAdminCommand(config: GatewayConfig, username = 'admin'): Promise<number> {
  const password = process.env.CADRE_ADMIN_PASSWORD || generatedPassword();
  await withAccounts(config, (accounts) => createFirstAdmin(accounts.db, username, password));
  console.log(`已创建管理员 Created the admin "${username}"`);
  if (!process.env.CADRE_ADMIN_PASSWORD) console.log(`  初始密码 Initial password: ${password}`);
  return 0;
}

/**
 * `create-user <username> <ADMIN|VILLAGE|AUDITOR> [villageId]`: another user; the password from
 * CADRE_USER_PASSWORD or generated and printed once.
 */
export async function createUserCommand(config: GatewayConfig, args: string[]): Promise<number> {
  const [username, role, villageId] = args;
  if (!username || !role || !isUserRole(role)) {
    throw new Error('用法 Usage: create-user <username> <ADMIN|VILLAGE|AUDITOR> [villageId]');
  }
  const password = process.env.CADRE_USER_PASSWORD || generatedPassword();
  const user = await withAccounts(config, (accounts) =>
    accounts.createUser({ username, password, role, ...(villageId ? { villageId } : {}) }),
  );
  console.log(`已创建用户 Created ${user.role} "${user.username}" [${user.id}]`);
  if (!process.env.CADRE_USER_PASSWORD) console.log(`  初始密码 Initial password: ${password}`);
  return 0;
}

/** On a first start with the demo: an admin to sign in with, named on the console. */
export async function ensureFirstAdmin(accounts: Accounts): Promise<void> {
  if (adminExists(accounts.db)) return;
  const password = process.env.CADRE_ADMIN_PASSWORD || generatedPassword();
  await createFirstAdmin(accounts.db, 'admin', password);
  console.log('已创建管理员 Created the admin account: username "admin"');
  if (!process.env.CADRE_ADMIN_PASSWORD) console.log(`  初始密码 Initial password: ${password}`);
}

/** `issue-api-key <name>`: a read-only key for an external app (EXTERNAL), shown once. */
export async function issueApiKeyCommand(config: GatewayConfig, name: string | undefined): Promise<number> {
  if (!name) throw new Error('用法 Usage: issue-api-key <name>');
  const issued = await withAccounts(config, (accounts) => accounts.issueApiKey(name));
  console.log(
    `API 密钥（只显示一次）API key (shown once) for "${issued.name}" [${issued.id}]:\n  ${issued.key}`,
  );
  return 0;
}

/** `revoke-api-key <id>` */
export async function revokeApiKeyCommand(config: GatewayConfig, id: string | undefined): Promise<number> {
  if (!id) throw new Error('用法 Usage: revoke-api-key <id>');
  await withAccounts(config, (accounts) => accounts.revokeApiKey(id));
  console.log(`已吊销 Revoked ${id}`);
  return 0;
}

/** `list-api-keys` */
export async function listApiKeysCommand(config: GatewayConfig): Promise<number> {
  const keys = await withAccounts(config, (accounts) => accounts.listApiKeys());
  for (const key of keys)
    console.log(
      `${key.id}  ${key.name}  ${key.createdAt}${key.revokedAt ? `  revoked ${key.revokedAt}` : ''}`,
    );
  return 0;
}

/** The id of the account with this username, or a usage error naming it. */
function userIdOf(accounts: Accounts, username: string | undefined, usage: string): string {
  if (!username) throw new Error(usage);
  const found = findUserByUsername(accounts.db, username);
  if (!found) throw new Error(`没有用户 No user "${username}"`);
  return found.account.id;
}

/** `disable-user <username>`: the account can no longer sign in; its sessions end. */
export async function disableUserCommand(
  config: GatewayConfig,
  username: string | undefined,
): Promise<number> {
  await withAccounts(config, (accounts) =>
    accounts.disableUser(userIdOf(accounts, username, '用法 Usage: disable-user <username>')),
  );
  console.log(`已停用 Disabled "${username}"; its sessions have ended`);
  return 0;
}

/** `reset-password <username>`: a new password from CADRE_USER_PASSWORD or generated and printed once. */
export async function resetPasswordCommand(
  config: GatewayConfig,
  username: string | undefined,
): Promise<number> {
  const password = process.env.CADRE_USER_PASSWORD || generatedPassword();
  await withAccounts(config, (accounts) =>
    accounts.resetPassword(userIdOf(accounts, username, '用法 Usage: reset-password <username>'), password),
  );
  console.log(`已重置密码 Reset the password of "${username}"; its sessions have ended`);
  if (!process.env.CADRE_USER_PASSWORD) console.log(`  新密码 New password: ${password}`);
  return 0;
}
