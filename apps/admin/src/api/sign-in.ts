import { graphql } from '../generated/gql/index.js';
import { graphqlRequest } from './graphql-client.js';
import { clearSession, type Session, saveSession } from './session.js';

const SIGN_IN = graphql(`
  mutation SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      token
      expiresAt
      user { id username displayName role villageId }
    }
  }
`);

export async function signIn(username: string, password: string): Promise<Session> {
  const { signIn: session } = await graphqlRequest(SIGN_IN, { username, password });
  saveSession(session);
  return session;
}

const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** Ends the session on the server (its token stops working everywhere), then forgets it here. */
export async function signOut(): Promise<void> {
  try {
    await graphqlRequest(SIGN_OUT, {});
  } finally {
    // an expired or already ended session is forgotten all the same
    clearSession();
  }
}
