import { type Client, createClient } from 'graphql-ws';
import { currentLocale } from '../i18n/index.js';
import { currentSession } from './session.js';

/** 账本有变: which record changed (the gateway's `ledgerChanged`), never what it holds. */
export interface LedgerChange {
  kind: 'cadre' | 'village' | 'township' | 'training' | 'request';
  id: string;
  type: string;
  villageId: string | null;
}

// Sent as text over graphql-ws (the WebSocket path takes no persisted documents); ids only, so nothing
// in it is a personal-data read.
const LEDGER_CHANGED = 'subscription LedgerChanged { ledgerChanged { kind id type villageId } }';

type Listener = (change: LedgerChange) => void;
const listeners = new Set<Listener>();
let open: { token: string; client: Client; stop: () => void } | null = null;

function close(): void {
  open?.stop();
  void open?.client.dispose();
  open = null;
}

/** One WebSocket for the whole client while anyone listens, opened with the current session's token. */
function connect(): void {
  const token = currentSession()?.token;
  if (open && open.token === token) return;
  close();
  if (!token || listeners.size === 0) return;
  const client = createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    connectionParams: () => ({
      authorization: `Bearer ${currentSession()?.token ?? token}`,
      acceptLanguage: currentLocale(),
    }),
    retryAttempts: 5,
  });
  const stop = client.subscribe<{ ledgerChanged: LedgerChange }>(
    { query: LEDGER_CHANGED },
    {
      next: ({ data }) => {
        if (data) for (const listener of listeners) listener(data.ledgerChanged);
      },
      // The session ended or the gateway went away for good: the next page to listen opens a new one.
      error: () => {
        open = null;
      },
      complete: () => {
        open = null;
      },
    },
  );
  open = { token, client, stop };
}

/** Calls `listener` with every change the gateway reports; answers the function that stops listening. */
export function listenToLedger(listener: Listener): () => void {
  listeners.add(listener);
  connect();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) close();
  };
}
