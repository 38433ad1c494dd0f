import type { ServerResponse } from 'node:http';

/**
 * The requests a server is answering, so that a stop can let them finish: a response is in flight from
 * its request until it has been sent, or its connection is gone.
 */
export class InFlight {
  private readonly responses = new Set<ServerResponse>();
  private drained: (() => void) | undefined;

  track(res: ServerResponse): void {
    this.responses.add(res);
    res.once('close', () => {
      this.responses.delete(res);
      if (this.responses.size === 0) this.drained?.();
    });
  }

  /** Resolves once nothing is in flight, or after `ms` whatever is left. */
  settled(ms: number): Promise<void> {
    if (this.responses.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.drained = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
