import { configFromEnv } from '../config.js';
import {
  createAdminCommand,
  createUserCommand,
  disableUserCommand,
  issueApiKeyCommand,
  listApiKeysCommand,
  resetPasswordCommand,
  revokeApiKeyCommand,
} from './account-commands.js';
import { backupCommand } from './backup-command.js';
import { rebuildCommand } from './rebuild-command.js';
import { restoreCommand } from './restore-command.js';
import { startCommand } from './start-command.js';
import { exportCommand, importCommand } from './transfer-commands.js';
import { verifyCommand } from './verify-command.js';

const USAGE = `用法 Usage: cadre-ledger <command>
  start     启动网关与管理端 Start the gateway and the admin client (PORT, CADRE_DATA_DIR, EVENTSTORE_CONNECTION_STRING)
  rebuild   从事件重建全部读模型 Rebuild every read model from the events (stop the gateway first)
  create-admin [name]   创建首个管理员 Create the first admin (password: CADRE_ADMIN_PASSWORD or printed)
  create-user U ROLE [VILLAGE]  创建用户 Create a user: ADMIN, VILLAGE (with its village id) or AUDITOR
  disable-user U        停用账号并结束其会话 Disable an account and end its sessions
  reset-password U      重置密码并结束其会话 Reset a password (CADRE_USER_PASSWORD or printed), ending its sessions
  issue-api-key NAME    为外部应用签发只读 API 密钥 Issue a read-only API key for an external app
  revoke-api-key ID     吊销 API 密钥 Revoke an API key
  list-api-keys         列出 API 密钥 List API keys
  verify    校验哈希链与台账规则 Verify every stream's hash chain and the ledger's rules across streams
  export F  导出全部事件到 NDJSON 文件 Export every event to an NDJSON file
  import F  从 NDJSON 导入并校验（可重复执行） Import an export into the configured store, then verify (safe to re-run)
  backup DIR   在线备份事件、账号与会话密钥（网关运行时可用） Back up the events, accounts and session secret online, while the gateway runs
  restore DIR  将备份恢复到空的数据目录，校验并重建读模型 Restore a backup into an empty data folder, verify it and rebuild the read models`;

/** Returns an exit code for commands that finish, undefined for the server that keeps running. */
export async function runCli(args: string[]): Promise<number | undefined> {
  const [command] = args;
  const config = configFromEnv();
  switch (command) {
    case 'start':
      await startCommand(config);
      return undefined;
    case 'create-admin':
      return createAdminCommand(config, args[1]);
    case 'create-user':
      return createUserCommand(config, args.slice(1));
    case 'disable-user':
      return disableUserCommand(config, args[1]);
    case 'reset-password':
      return resetPasswordCommand(config, args[1]);
    case 'issue-api-key':
      return issueApiKeyCommand(config, args[1]);
    case 'revoke-api-key':
      return revokeApiKeyCommand(config, args[1]);
    case 'list-api-keys':
      return listApiKeysCommand(config);
    case 'verify':
      return verifyCommand(config);
    case 'export':
      return exportCommand(config, args[1]);
    case 'import':
      return importCommand(config, args[1]);
    case 'rebuild':
      return rebuildCommand(config);
    case 'backup':
      return backupCommand(config, args[1]);
    case 'restore':
      return restoreCommand(config, args[1]);
    default:
      console.log(USAGE);
      return command === undefined || command === 'help' ? 0 : 2;
  }
}
