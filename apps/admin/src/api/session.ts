/** The signed-in session, kept in localStorage so a reload keeps the user signed in until it expires. */
export interface Session {
  token: string;
  expiresAt: string;
  user: { id: string; username: string; displayName: string; role: string; villageId?: string | null };
}

export const SESSION_KEY = 'cadre.session';

export function currentSession(): Session | null {
  if (typeof localStorage === 'undefined') return null;
  const raw = localStorage.getItem(SESSION_KEY);
  if (!raw) return null;
  const session = JSON.parse(raw) as Session;
  return Date.parse(session.expiresAt) > Date.now() ? session : null;
}

export function saveSession(session: Session): void {
  localStorage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(SESSION_KEY);
}
