import type { Permission, Session } from '@liandong/domain';
import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from './api.ts';
import { noteSessionExpired } from './session-expiry.ts';

export const SESSION_KEY = ['session'] as const;

/** The signed-in user's session; `data` is null when nobody is signed in. */
export function useSession() {
  const client = useQueryClient();
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async () => {
      try {
        return await api.get<Session>('/api/auth/session');
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          // A refetch that finds the session gone means it expired (or was revoked) while the page was open.
          if (client.getQueryData(SESSION_KEY)) noteSessionExpired();
          return null;
        }
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

/** Whether the acting membership allows a permission (a platform administrator may do everything). */
export function useCan() {
  const { data } = useSession();
  return (permission: Permission) =>
    Boolean(data && (data.user.isPlatformAdmin || data.permissions.includes(permission)));
}

/** The membership the user acts for, or null (no memberships, or a platform administrator acting elsewhere). */
export function actingMembershipOf(session: Session | null | undefined): Session['memberships'][number] | null {
  if (!session?.actingOrganizationId) return null;
  return session.memberships.find((m) => m.organizationId === session.actingOrganizationId) ?? null;
}

/** Puts a new session in place and drops every other cached answer, which belonged to the previous user or organization. */
export function replaceSession(client: QueryClient, session: Session | null): void {
  client.setQueryData(SESSION_KEY, session);
  // reset (not invalidate): pages show loading rather than another organization's data for a moment.
  void client.resetQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
}

/** Replaces the cached session (after sign-in, switching organization, sign-out). */
export function useSetSession() {
  const client = useQueryClient();
  return (session: Session | null) => replaceSession(client, session);
}
