import type { AnswerCacheLimits } from '../answer-cache/answer-cache.js';
import type { GatewayOptions } from '../http/http-server.js';

/** What a reader process is started with: passed in its environment as JSON (`CADRE_READER`). */
export interface ReaderConfig {
  dataDir: string;
  sharedDir?: string;
  eventStoreConnectionString?: string;
  port: number;
  host: string;
  adminDist?: string;
  trustedDocuments?: string;
  production?: boolean;
  answerCache?: AnswerCacheLimits;
  /** The limits; their budgets are the writer's, which every reader spends from. */
  rateLimit?: Omit<NonNullable<GatewayOptions['rateLimit']>, 'buckets'>;
  /** A fixed clock (tests): the reader's "now" is always this instant. */
  clockAt?: string;
}

export const READER_CONFIG_ENV = 'CADRE_READER';
