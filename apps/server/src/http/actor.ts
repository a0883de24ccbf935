import type { Permission, Role } from '@liandong/domain';

/** Who is acting: the signed-in user, the organization they act for, and what their roles there allow. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  isPlatformAdmin: boolean;
  sessionId: string;
  csrfToken: string;
  actingOrganization: { id: string; path: string; name: string } | null;
  roles: Role[];
  permissions: Set<Permission>;
}

/** Where a request came from, recorded with every audit event. */
export interface RequestMeta {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
}
