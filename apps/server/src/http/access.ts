import type { Permission } from '@liandong/domain';

/**
 * Every /api route declares who may reach it in `config.access`; buildApp refuses to register one that does not.
 * - 'public': anyone, signed in or not (setup, sign-in, health).
 * - 'authenticated': any signed-in user; the service decides per record.
 * - { permission }: a signed-in user whose roles in the acting organization grant it (or a platform administrator);
 *   the policy still checks that the record lies in the acting organization's subtree.
 */
export type RouteAccess = 'public' | 'authenticated' | { permission: Permission } | 'platform_admin';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}
