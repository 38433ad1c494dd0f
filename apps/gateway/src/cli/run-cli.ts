import { configFromEnv } from '../config.js';
import { rebuildCommand } from './rebuild-command.js';
import { startCommand } from './start-command.js';

const USAGE = `用法 Usage: cadre-ledger <command>
  start     启动网关与管理端 Start the gateway and the admin client (PORT, CADRE_DATA_DIR, EVENTSTORE_CONNECTION_STRING)
  rebuild   从事件重建全部读模型 Rebuild every read model from the events (stop the gateway first)`;

/** Returns an exit code for commands that finish, undefined for the server that keeps running. */
export async function runCli(args: string[]): Promise<number | undefined> {
  const [command] = args;
  const config = configFromEnv();
  switch (command) {
    case 'start':
      await startCommand(config);
      return undefined;
    case 'rebuild':
      return rebuildCommand(config);
    default:
      console.log(USAGE);
      return command === undefined || command === 'help' ? 0 : 2;
  }
}
