import { createRequire } from 'node:module';
import type * as ServerFeaturesGrpc from '@eventstore/db-client/generated/serverfeatures_grpc_pb.js';
import type * as SharedMessages from '@eventstore/db-client/generated/shared_pb.js';
import type * as StreamsGrpc from '@eventstore/db-client/generated/streams_grpc_pb.js';
import type * as StreamsMessages from '@eventstore/db-client/generated/streams_pb.js';

/**
 * The service definitions and messages the client itself is generated from, so the double speaks exactly
 * the protocol the client does. They are CommonJS without static named exports, hence `require`.
 */
const require = createRequire(import.meta.url);
const generated = (name: string): unknown => require(`@eventstore/db-client/generated/${name}.js`);

export const streamsGrpc = generated('streams_grpc_pb') as typeof StreamsGrpc;
export const serverFeaturesGrpc = generated('serverfeatures_grpc_pb') as typeof ServerFeaturesGrpc;
export const streams = generated('streams_pb') as typeof StreamsMessages;
export const shared = generated('shared_pb') as typeof SharedMessages;

export type { IStreamsServer } from '@eventstore/db-client/generated/streams_grpc_pb.js';
export type { AppendReq, AppendResp, ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb.js';
export type FilterOptions = StreamsMessages.ReadReq.Options.FilterOptions;
