import { z } from 'zod';
import { idSchema, pageFields, pageOf } from '../common/common.schemas.ts';

/** One field's change: before and after, with sensitive values replaced by a redaction marker. */
export const fieldChangeSchema = z.object({ before: z.unknown(), after: z.unknown() });

export const REDACTED = '[redacted]';

export const auditEventSchema = z.object({
  id: idSchema,
  occurredAt: z.number().int(),
  userId: idSchema.nullable(),
  userDisplayName: z.string().nullable(),
  actingOrganizationId: idSchema.nullable(),
  actingOrganizationName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  changes: z.record(z.string(), fieldChangeSchema).nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditEventPageSchema = pageOf(auditEventSchema);

/**
 * Filters of the audit log. `organizationId` is the organization the user acted for; `action` matches exactly
 * or as a prefix ending at a dot ("streets" finds "streets.create" and "streets.update"); `from` and `to` are
 * inclusive instants in milliseconds.
 */
export const auditListQuerySchema = z.strictObject({
  userId: idSchema.optional(),
  organizationId: idSchema.optional(),
  action: z.string().trim().max(100).optional(),
  entityType: z.string().trim().max(50).optional(),
  entityId: z.string().trim().max(64).optional(),
  from: z.coerce.number().int().nonnegative().optional(),
  to: z.coerce.number().int().nonnegative().optional(),
  ...pageFields(50),
});
export type AuditListQuery = z.infer<typeof auditListQuerySchema>;
