// A stream of createChallenge calls from a few concurrent clients. Each logical create has its own
// client-generated UUID and title and is sent again with the same id after a network error, a 5xx, a
// server error or a timeout, with backoff, until it is acknowledged or the cycle's time is up.
import { randomUUID } from 'node:crypto';
import { sleep } from './ports.ts';

const REQUEST_TIMEOUT_MS = 15_000;
const BACKOFF_FIRST_MS = 100;
const BACKOFF_MAX_MS = 3_000;
const MUTATION =
  'mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { id title createdAt } }';

export interface Create {
  id: string;
  title: string;
  attempts: number;
  acknowledged: boolean;
  /** Acknowledged by a retry that found what an earlier attempt had stored: that attempt's answer was lost. */
  answeredFromEarlier: boolean;
  /** Refused for good (any error other than the retryable ones): never expected. */
  rejected?: string;
  /** Failed attempts by kind (network, timeout, http-5xx, server-error). */
  failures: Record<string, number>;
  /** Every attempt: when it was sent (ms since the stream began), how long it took, what came back. */
  log: { at: number; ms: number; outcome: string }[];
}

export interface StreamOptions {
  graphqlUrl: string;
  token: string;
  actionFieldId: string;
  /** Prefix of every title of this stream; unique per cycle and run. */
  tag: string;
  clients: number;
  creates: number;
  deadline: number;
}

export interface Stream {
  creates: Create[];
  acknowledged(): number;
  done: Promise<void>;
  abort(): void;
}

type Attempt = { ok: true; createdAt: string } | { ok: false; retry: boolean; kind: string };

export function startStream(opts: StreamOptions): Stream {
  const creates: Create[] = [];
  const controller = new AbortController();
  let acknowledged = 0;
  const began = Date.now();
  const over = () => controller.signal.aborted || Date.now() > opts.deadline;

  const client = async (): Promise<void> => {
    while (creates.length < opts.creates && !over()) {
      const n = creates.length + 1;
      const create: Create = {
        id: randomUUID(),
        title: `${opts.tag} #${String(n).padStart(3, '0')}`,
        attempts: 0,
        acknowledged: false,
        answeredFromEarlier: false,
        failures: {},
        log: [],
      };
      creates.push(create);
      await deliver(create);
      if (create.acknowledged) acknowledged += 1;
    }
  };

  const deliver = async (create: Create): Promise<void> => {
    while (!over()) {
      create.attempts += 1;
      const sentAt = Date.now();
      const result = await attempt(opts, create, controller.signal);
      const outcome = result.ok ? 'acknowledged' : result.kind;
      create.log.push({ at: sentAt - began, ms: Date.now() - sentAt, outcome });
      if (result.ok) {
        create.acknowledged = true;
        // createdAt is Neo4j's clock on this machine: earlier than this attempt means an earlier one stored it.
        create.answeredFromEarlier = create.attempts > 1 && Date.parse(result.createdAt) < sentAt;
        return;
      }
      create.failures[result.kind] = (create.failures[result.kind] ?? 0) + 1;
      if (!result.retry) {
        create.rejected = result.kind;
        return;
      }
      const backoff = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** (create.attempts - 1));
      await sleep(Math.min(backoff * (0.5 + Math.random() / 2), Math.max(0, opts.deadline - Date.now())));
    }
  };

  const done = Promise.all(Array.from({ length: opts.clients }, client)).then(() => undefined);
  return { creates, acknowledged: () => acknowledged, done, abort: () => controller.abort() };
}

async function attempt(opts: StreamOptions, create: Create, abort: AbortSignal): Promise<Attempt> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(opts.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${opts.token}` },
      body: JSON.stringify({
        query: MUTATION,
        variables: { input: { id: create.id, title: create.title, actionFieldId: opts.actionFieldId } },
      }),
      signal: AbortSignal.any([abort, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]),
    });
    text = await response.text();
  } catch (error) {
    if (abort.aborted) return { ok: false, retry: false, kind: 'aborted' };
    const name = (error as Error).name;
    return { ok: false, retry: true, kind: name === 'TimeoutError' ? 'timeout' : 'network' };
  }
  if (response.status >= 500) return { ok: false, retry: true, kind: 'http-5xx' };
  let body: { data?: { createChallenge?: { id: string; title: string; createdAt: string } | null } | null };
  let errors: { message?: string; extensions?: { code?: string } }[] | undefined;
  try {
    ({ errors, ...body } = JSON.parse(text));
  } catch {
    return { ok: false, retry: false, kind: `HTTP ${response.status}, not JSON: ${text.slice(0, 120)}` };
  }
  const code = errors?.[0]?.extensions?.code;
  // A failure inside the server (here: Neo4j gone) reaches the client as a generic INTERNAL_SERVER_ERROR.
  if (code === 'INTERNAL_SERVER_ERROR') return { ok: false, retry: true, kind: 'server-error' };
  if (errors?.length) return { ok: false, retry: false, kind: `${code ?? 'error'}: ${errors[0].message}` };
  const record = body.data?.createChallenge;
  if (!record || record.id !== create.id || record.title !== create.title)
    return { ok: false, retry: false, kind: `answered with another record: ${JSON.stringify(record)}` };
  return { ok: true, createdAt: record.createdAt };
}
