export interface AuditEventsTable {
  id: string;
  occurredAt: number;
  userId: string | null;
  actingOrganizationId: string | null;
  scopePath: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  /** JSON: { field: { before, after } } with sensitive values redacted. */
  changes: string | null;
  requestId: string | null;
  ip: string | null;
  userAgent: string | null;
}
