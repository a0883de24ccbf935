export interface SessionsTable {
  id: string;
  userId: string;
  csrfToken: string;
  actingOrganizationId: string | null;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
  revokedAt: number | null;
  ip: string | null;
  userAgent: string | null;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  firstFailureAt: number;
  lockedUntil: number | null;
}
