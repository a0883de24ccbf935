import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api.ts';
import { noteSessionExpired } from './session-expiry.ts';
import { replaceSession, SESSION_KEY } from './use-session.ts';

/**
 * The app's query client. Any call answered `auth.unauthenticated` while a session was cached means the session ended:
 * the session is cleared, and RequireSession then sends the user to sign in, coming back to the same page afterwards.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (!(error instanceof ApiError) || error.code !== 'auth.unauthenticated') return;
    if (!client.getQueryData(SESSION_KEY)) return;
    noteSessionExpired();
    replaceSession(client, null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // A 4xx will not change on retry; a dropped connection might.
        retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
  return client;
}
