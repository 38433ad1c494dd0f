import { onBeforeUnmount, onMounted } from 'vue';
import { type LedgerChange, listenToLedger } from '../api/live.js';

export interface LiveRefreshOptions {
  /** Whether a change concerns what the page shows (default: every change). */
  concerns?: (change: LedgerChange) => boolean;
  /** Changes arriving within this many milliseconds are one refetch (a command writes several events). */
  debounceMs?: number;
}

/**
 * 实时刷新: refetches what an open page shows when another user's change concerns it, over the gateway's
 * `ledgerChanged` subscription, without a reload. A burst of changes is one refetch.
 */
export function useLiveRefresh(refetch: () => unknown, options: LiveRefreshOptions = {}): void {
  const debounceMs = options.debounceMs ?? 300;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stop: (() => void) | undefined;
  onMounted(() => {
    stop = listenToLedger((change) => {
      if (options.concerns && !options.concerns(change)) return;
      clearTimeout(timer);
      timer = setTimeout(() => void refetch(), debounceMs);
    });
  });
  onBeforeUnmount(() => {
    clearTimeout(timer);
    stop?.();
  });
}

/** A change to one cadre's file (a dossier's concern). */
export const changeToCadre = (cadreId: string) => (change: LedgerChange) =>
  change.kind === 'cadre' && change.id === cadreId;

/** A change to any cadre's file or village (a roster's concern). */
export const changeToCadres = (change: LedgerChange) => change.kind === 'cadre' || change.kind === 'village';
