import type { Server } from 'node:http';
import type { Localized } from '@cadre/domain';

/** The gateway could not take its address: the message names the port, in Chinese and English. */
export class ListenError extends Error {
  constructor(
    readonly port: number,
    readonly host: string,
    readonly code: string | undefined,
    readonly messages: Localized,
  ) {
    super(`${messages.zh} / ${messages.en}`);
    this.name = 'ListenError';
  }
}

function refusal(port: number, host: string, error: NodeJS.ErrnoException): ListenError {
  const messages: Localized =
    error.code === 'EADDRINUSE'
      ? {
          zh: `端口 ${port} 已被占用（${host}），网关未启动：请停止占用该端口的程序，或用 PORT 另选端口`,
          en: `Port ${port} on ${host} is already in use; the gateway did not start. Stop what holds it or choose another port with PORT`,
        }
      : {
          zh: `无法在 ${host} 的端口 ${port} 上监听（${error.code ?? error.message}），网关未启动`,
          en: `Cannot listen on port ${port} of ${host} (${error.code ?? error.message}); the gateway did not start`,
        };
  return new ListenError(port, host, error.code, messages);
}

/**
 * `server.listen` as a promise that rejects when the address cannot be taken. Without an 'error' listener
 * a taken port never resolves the listen callback, and the process would run on without serving anything.
 */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => reject(refusal(port, host, error));
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
