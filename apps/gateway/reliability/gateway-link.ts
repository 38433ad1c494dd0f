/**
 * Where the writers send, and whether they may: closed just before each kill and opened again after the
 * checks, so that the checks see a ledger no writer is changing. A writer waiting here is parked.
 */
export class GatewayLink {
  private url = '';
  private opened?: { promise: Promise<void>; resolve: () => void } = deferred();
  private parked = 0;
  /** Writers that stopped for good count as parked: a check must not wait for them. */
  private retired = 0;
  private parkWaiters: Array<{ writers: number; resolve: () => void }> = [];

  /** The gateway's address, once writers may send (waits while the link is closed). */
  async whenOpen(): Promise<string> {
    while (this.opened) {
      this.parked++;
      this.wakeParkWaiters();
      await this.opened.promise;
      this.parked--;
    }
    return this.url;
  }

  open(url: string): void {
    this.url = url;
    const opened = this.opened;
    this.opened = undefined;
    opened?.resolve();
  }

  close(): void {
    this.opened ??= deferred();
  }

  /** A writer leaves for good (the run ends, or it gave up on a command). */
  retire(): void {
    this.retired++;
    this.wakeParkWaiters();
  }

  /** Resolves once this many writers wait for the link (every request sent before closing has its answer). */
  allParked(writers: number): Promise<void> {
    return new Promise((resolve) => {
      this.parkWaiters.push({ writers, resolve });
      this.wakeParkWaiters();
    });
  }

  private wakeParkWaiters(): void {
    const idle = this.parked + this.retired;
    const ready = this.parkWaiters.filter((w) => idle >= w.writers);
    this.parkWaiters = this.parkWaiters.filter((w) => idle < w.writers);
    for (const waiter of ready) waiter.resolve();
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
