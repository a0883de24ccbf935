import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { LoadError } from '../components/load-error.tsx';
import { PageLoading } from '../components/page-loading.tsx';
import { api } from '../lib/api.ts';
import { useSession } from '../lib/use-session.ts';

/**
 * Sends a visitor to setup on a new installation, to sign-in when signed out (coming back to this page afterwards,
 * also when the session expired while the page was open), and otherwise shows the page.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const session = useSession();
  const setup = useQuery({
    queryKey: ['setup-status'],
    queryFn: () => api.get<{ setupDone: boolean }>('/api/setup/status'),
    enabled: session.data === null,
  });

  if (session.isPending) return <PageLoading />;
  if (session.isError) return <LoadError error={session.error} onRetry={() => void session.refetch()} />;
  if (session.data) return children;
  if (setup.isPending) return <PageLoading />;
  if (setup.data && !setup.data.setupDone) return <Navigate to="/setup" replace />;
  const next = location.pathname + location.search;
  return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
}
