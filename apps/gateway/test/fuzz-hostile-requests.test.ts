import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildSchema } from '../src/graphql/apollo.js';
import { localeFrom } from '../src/graphql/locale.js';
import { faultOfAnswer, type HttpAnswer, someAnswerHasData } from './support/fuzz-answer-checks.js';
import { OperationWriter } from './support/fuzz-graphql-documents.js';
import { type HostileRequest, hostileRequest } from './support/fuzz-http-requests.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';
import { noonOf } from './support/zhouwang-day.js';

/** Requests per caller: three callers send 3,300 in all, in about 30 s on a loaded 2-core machine. */
const RUNS_PER_CALLER = Number(process.env.FUZZ_RUNS ?? 1_100);
/** Rerun a failure with `FUZZ_SEED=<seed> npx vitest run test/fuzz-hostile-requests.test.ts`. */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const CALLERS = ['admin', 'API key', 'anonymous'] as const;

let t: TestGateway;
const credentials: Record<string, Record<string, string>> = {};
// signIn and signOut stay out: a wrong password slows its name down on purpose, and signing out would
// end the fuzzing admin's own session.
const writer = new OperationWriter(buildSchema(), new Set(['signIn', 'signOut']));
/** What the gateway logs as failing (`[gateway] internal error: …`): nothing may be. */
const gatewayLogs: string[] = [];

beforeAll(async () => {
  // The fuzzer sends far more than a client may: the rate limit (tested on its own) would answer most with 429.
  t = await startTestGateway({
    now: noonOf('2026-03-10'),
    rateLimit: { perClientPerMinute: 1_000_000, perAnonymousIpPerMinute: 1_000_000 },
  });
  credentials.admin = await t.signInAs('ADMIN');
  credentials['API key'] = t.apiKey();
  credentials.anonymous = {};
  const log = console.error;
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (String(args[0]).startsWith('[gateway]')) gatewayLogs.push(args.map(String).join(' ').slice(0, 2000));
    else log(...args);
  });
});

afterAll(async () => {
  vi.restoreAllMocks();
  await t.stop();
});

async function send({ method, path, headers, body }: HostileRequest): Promise<HttpAnswer> {
  const response = await fetch(`${t.gateway.url}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
    signal: AbortSignal.timeout(15_000),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

const described = (request: HostileRequest) => JSON.stringify(request).slice(0, 3000);

/** Sends one hostile request; throws what is wrong with its answer or with what it did to the store. */
async function sendAndCheck(request: HostileRequest): Promise<void> {
  const before = await t.system.store.headPosition();
  const logsBefore = gatewayLogs.length;
  const answer = await send(request);
  const fault = faultOfAnswer(request.method, answer, localeFrom(request.headers['accept-language']));
  if (fault) throw new Error(`${request.kind}: ${fault}\n${described(request)}`);
  const written = (await t.system.store.headPosition()) - before;
  if (written > 0n && !someAnswerHasData(answer))
    throw new Error(`a refused request wrote ${written} events: ${answer.text}\n${described(request)}`);
  if (gatewayLogs.length > logsBefore)
    throw new Error(`the gateway logged ${gatewayLogs.slice(logsBefore).join('\n')}\n${described(request)}`);
}

describe('hostile requests to a real gateway (fuzzer)', () => {
  it.each(CALLERS)(
    'answers every one sent as %s with a coded 4xx or an answer, and writes nothing it refused',
    async (caller) => {
      let sent = 0;
      const seed = SEED + CALLERS.indexOf(caller);
      const property = fc.asyncProperty(fc.gen(), async (g) => {
        sent++;
        await sendAndCheck(hostileRequest(g, writer, credentials[caller]!));
      });
      try {
        await fc.assert(property, {
          numRuns: RUNS_PER_CALLER,
          seed,
          timeout: 15_000,
          includeErrorInReport: true,
          // Shrinking a request drawn from hundreds of choices takes thousands of requests: the failure names
          // the whole request instead; FUZZ_SHRINK=1 shrinks it.
          endOnFailure: process.env.FUZZ_SHRINK !== '1',
        });
      } catch (error) {
        throw new Error(`fuzzer seed ${seed} (rerun with FUZZ_SEED=${SEED}): ${(error as Error).message}`);
      }
      expect(sent).toBeGreaterThanOrEqual(RUNS_PER_CALLER);
    },
    120_000,
  );

  it('still answers a well-formed request afterwards, and took the writes that were fine', async () => {
    const { data, errors } = await t.graphql('{ townships { name } }');
    expect(errors).toBeUndefined();
    // the admin's plausible township registrations: accepted ones wrote, refused ones (checked above) did not
    expect(data.townships.length).toBeGreaterThan(0);
    expect(await t.system.store.headPosition()).toBeGreaterThan(0n);
  });
});
