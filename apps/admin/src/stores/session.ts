import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { onSessionEnded } from '../api/graphql-client.js';
import { fetchMe, type Permission } from '../api/me.js';
import {
  clearSession,
  currentSession,
  hasExpiredSession,
  type Session,
  saveSession,
} from '../api/session.js';
import { signOut as endSession, signIn as startSession } from '../api/sign-in.js';

export type Reach = Permission['reach'];

/**
 * 会话: who is signed in and what the gateway's policy lets them call (`me.permissions`), read once per
 * session. Menus, the route guard and action buttons all decide from these permissions.
 */
export const useSessionStore = defineStore('session', () => {
  const session = shallowRef<Session | null>(currentSession());
  const permissions = shallowRef<ReadonlyMap<string, Reach> | null>(null);
  /** Set when the gateway stopped taking the session: the sign-in page says so. */
  const expired = ref(hasExpiredSession());
  let loading: Promise<void> | null = null;

  const user = computed(() => session.value?.user ?? null);

  function forget(): void {
    clearSession();
    session.value = null;
    permissions.value = null;
    loading = null;
  }

  /** The permissions of the signed-in user, from the gateway (once per session). */
  function ensurePermissions(): Promise<void> {
    if (permissions.value || !session.value) return Promise.resolve();
    loading ??= fetchMe()
      .then((me) => {
        if (!me) return forget();
        permissions.value = new Map(me.permissions.map((p) => [p.field, p.reach]));
      })
      .finally(() => {
        loading = null;
      });
    return loading;
  }

  async function signIn(username: string, password: string): Promise<void> {
    const started = await startSession(username, password);
    saveSession(started);
    session.value = started;
    permissions.value = null;
    expired.value = false;
    await ensurePermissions();
  }

  /** 退出登录: the server ends the session (its token stops working everywhere), then it is forgotten here. */
  async function signOut(): Promise<void> {
    await endSession().catch(() => undefined);
    forget();
    expired.value = false;
  }

  /** The gateway answered UNAUTHENTICATED to a kept session. */
  function markExpired(): void {
    forget();
    expired.value = true;
  }

  /** Whether the user may call a root field at all (some only for their own village). */
  function may(field: string): boolean {
    return permissions.value?.has(field) ?? false;
  }

  return { session, user, permissions, expired, ensurePermissions, signIn, signOut, markExpired, may };
});

export type SessionStore = ReturnType<typeof useSessionStore>;

/** Routes the request client's "session ended" to the store (and the router, which shows the sign-in page). */
export function watchSessionEnd(store: SessionStore, goToSignIn: () => void): void {
  onSessionEnded(() => {
    store.markExpired();
    goToSignIn();
  });
}
