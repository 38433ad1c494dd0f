import type { ServerResponse } from 'node:http';

/**
 * What a server is still doing for its requests, so that a stop can let it finish: a response holds from
 * its request until it has been sent or its connection is gone, and a GraphQL execution until it ends (a
 * client that went away does not stop a replay that reads the stores).
 */
export class InFlight {
  private holds = 0;
  private drained: (() => void) | undefined;

  /** Counts one more thing in flight, until the returned release is called (once; more calls do nothing). */
  hold(): () => void {
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.holds === 0) this.drained?.();
    };
  }

  track(res: ServerResponse): void {
    res.once('close', this.hold());
  }

  /** Resolves once nothing is in flight, or after `ms` whatever is left. */
  settled(ms: number): Promise<void> {
    if (this.holds === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.drained = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
