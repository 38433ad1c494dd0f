/**
 * Where the signed-in session is kept between reloads (localStorage), until it expires. The app reads the
 * session through the Pinia session store (stores/session.ts); only the request client and the store
 * come here.
 */
export interface Session {
  token: string;
  expiresAt: string;
  user: { id: string; username: string; displayName: string; role: string; villageId?: string | null };
}

export const SESSION_KEY = 'cadre.session';

function storedRaw(): Session | null {
  if (typeof localStorage === 'undefined') return null;
  const raw = localStorage.getItem(SESSION_KEY);
  return raw ? (JSON.parse(raw) as Session) : null;
}

/** The kept session, or null when there is none or it has expired. */
export function currentSession(): Session | null {
  const session = storedRaw();
  return session && Date.parse(session.expiresAt) > Date.now() ? session : null;
}

/** Whether a session is kept that has run out (so the user is told it expired, not just asked to sign in). */
export function hasExpiredSession(): boolean {
  const session = storedRaw();
  return Boolean(session) && !currentSession();
}

export function saveSession(session: Session): void {
  localStorage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(SESSION_KEY);
}
