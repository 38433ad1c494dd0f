import type { CommandMetadata, CommandResult } from '@cadre/application';
import type { CommandName } from '@cadre/domain';
import type { Grant } from '../protection/token-buckets.js';
import {
  type AnswerCacheCounts,
  type ReaderMessage,
  rebuildError,
  type WriterMessage,
} from './cluster-messages.js';

const WRITER_GONE = {
  zh: '写入进程已停止，命令未执行',
  en: 'The writer process has stopped; the command was not carried out',
};

/**
 * A reader's line to the writer (its cluster primary): commands go there to be carried out, and the
 * writer's applied checkpoints come back. `execute` has the command bus's shape, so the resolvers that
 * run commands do not know which process they are in.
 */
type Waiting<T> = Map<number, { resolve: (answer: T) => void; reject: (error: Error) => void }>;

export class WriterChannel {
  private nextId = 1;
  private readonly pending: Waiting<CommandResult> = new Map();
  private readonly leases: Waiting<Grant> = new Map();
  private readonly checkpointListeners = new Set<(position: bigint) => void>();
  /** What this reader's answer cache has counted so far, told the writer when it asks. */
  answerCacheCounts?: () => AnswerCacheCounts;

  constructor(private readonly process: NodeJS.Process = globalThis.process) {
    process.on('message', (message: WriterMessage) => this.receive(message));
    process.on('disconnect', () => this.writerGone());
  }

  execute(name: CommandName, input: unknown, metadata: CommandMetadata): Promise<CommandResult> {
    return this.ask(this.pending, (id) => ({ kind: 'execute', id, name, input, metadata }));
  }

  /** Up to `wanted` tokens of `key`'s rate limit, out of the writer's budget. */
  lease(key: string, capacity: number, wanted: number): Promise<Grant> {
    return this.ask(this.leases, (id) => ({ kind: 'lease', id, key, capacity, wanted }));
  }

  /** Sends the writer a message with a fresh id; its answer with that id settles the promise. */
  private ask<T>(waiting: Waiting<T>, message: (id: number) => ReaderMessage): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (!this.process.connected) {
        reject(new Error(`${WRITER_GONE.zh} / ${WRITER_GONE.en}`));
        return;
      }
      waiting.set(id, { resolve, reject });
      this.send(message(id));
    });
  }

  send(message: ReaderMessage): void {
    this.process.send?.(message);
  }

  onCheckpoint(listener: (position: bigint) => void): () => void {
    this.checkpointListeners.add(listener);
    return () => this.checkpointListeners.delete(listener);
  }

  private receive(message: WriterMessage): void {
    if (message.kind === 'checkpoint') {
      for (const listener of this.checkpointListeners) listener(message.position);
      return;
    }
    if (message.kind === 'tell-answer-cache-counts') {
      const counts = this.answerCacheCounts?.() ?? { hits: 0, misses: 0, stored: 0 };
      this.send({ kind: 'answer-cache-counts', counts: { ...counts } });
      return;
    }
    if (message.kind === 'leased') {
      const leasing = this.leases.get(message.id);
      this.leases.delete(message.id);
      leasing?.resolve({ granted: message.granted, retryAfterMs: message.retryAfterMs });
      return;
    }
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    if (message.kind === 'executed') waiting.resolve(message.result);
    else waiting.reject(rebuildError(message.error));
  }

  private writerGone(): void {
    const pending = [...this.pending.values(), ...this.leases.values()];
    this.pending.clear();
    this.leases.clear();
    for (const waiting of pending) waiting.reject(new Error(`${WRITER_GONE.zh} / ${WRITER_GONE.en}`));
  }
}
