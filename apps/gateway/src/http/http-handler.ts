import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse } from 'node:url';
import { callerNetworkOf } from './client-address.js';

/** A request once its JSON body is read (see json-body.ts). */
export type HttpRequest = IncomingMessage & { body?: unknown };

export type Next = (error?: unknown) => void;

/**
 * A step in front of GraphQL, on Node's own request and response: the same function also mounts in
 * express (whose request and response extend these), but the GraphQL path does not need express.
 */
export type HttpHandler = (req: HttpRequest, res: ServerResponse, next: Next) => void | Promise<void>;

/**
 * The caller's network (see `callerNetworkOf`: all loopback addresses are one). Behind a reverse proxy this
 * is the proxy's: give each proxy its own budget or terminate there.
 */
export function clientAddress(req: IncomingMessage): string {
  return callerNetworkOf(req.socket.remoteAddress);
}

/** The query string of a request's URL (`?…`, or empty), read as Apollo reads it for a GET. */
export function searchOf(req: IncomingMessage): string {
  return parse(req.url ?? '').search ?? '';
}
