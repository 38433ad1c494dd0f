import type { CommandBus } from '@cadre/application';
import type { ProjectionRunner, ReadModelDatabase } from '@cadre/projections';
import { loadDatabaseConstructor } from '../access/accounts-database.js';
import { FollowedCheckpoint } from './followed-checkpoint.js';
import type { WriterChannel } from './writer-channel.js';

/**
 * The read-model file as a reader opens it: read-only, beside the writer's connection (WAL: the writer
 * never waits for a reader, a reader sees each committed batch whole).
 */
export function openReadModelsReadOnly(path: string): ReadModelDatabase {
  const Database = loadDatabaseConstructor();
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
  return db;
}

/**
 * A reader's bus and runner: they have the shapes the resolvers use (`execute`; `checkpoint`, `waitFor`,
 * `error`), carried out by the writer. The casts are the one place that knows a reader has no bus of its own.
 */
export const readerBus = (channel: WriterChannel): CommandBus =>
  ({ execute: channel.execute.bind(channel) }) as unknown as CommandBus;

export const readerRunner = (readModels: ReadModelDatabase, channel: WriterChannel): ProjectionRunner =>
  new FollowedCheckpoint(readModels, channel) as unknown as ProjectionRunner;
