import type { Locale } from '@cadre/domain';
import { localizedError } from '../graphql/errors.js';
import type { AccountsDatabase } from './accounts-database.js';
import { adminExists, insertUser, prepareUser, type UserAccount } from './users.js';

function refuse(locale: Locale): never {
  throw localizedError(
    'CONFLICT',
    {
      zh: '已有管理员账号：请由管理员创建其他账号',
      en: 'An admin account exists already: ask an admin to create accounts',
    },
    locale,
  );
}

/** For the CLI on a fresh install: the first ADMIN account, refused once any active admin exists. */
export async function createFirstAdmin(
  db: AccountsDatabase,
  username: string,
  password: string,
  locale: Locale = 'zh-CN',
): Promise<UserAccount> {
  if (adminExists(db)) refuse(locale);
  const prepared = await prepareUser({ username, password, role: 'ADMIN' }, { locale });
  // checked again inside the transaction: another process may have won while the password was hashed
  return db.transaction(() => {
    if (adminExists(db)) refuse(locale);
    return insertUser(db, prepared, locale);
  })();
}
