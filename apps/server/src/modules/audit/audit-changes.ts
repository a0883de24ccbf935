import { REDACTED } from '@liandong/domain';

// Field names whose values never enter the audit trail; the change is recorded, the value is not.
const SENSITIVE_FIELD = /password|hash|token|secret|idNumber|phone|idCard|ciphertext/i;

type Row = Record<string, unknown> | null | undefined;

/**
 * The fields that differ between `before` and `after` (a creation has no before, a deletion no after),
 * with sensitive values replaced by a marker.
 */
export function diffForAudit(before: Row, after: Row): Record<string, { before: unknown; after: unknown }> | null {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of keys) {
    if (key === 'updatedAt' || key === 'createdAt') continue;
    const from = before?.[key] ?? null;
    const to = after?.[key] ?? null;
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    const redact = SENSITIVE_FIELD.test(key);
    changes[key] = {
      before: redact && from !== null ? REDACTED : from,
      after: redact && to !== null ? REDACTED : to,
    };
  }
  return Object.keys(changes).length > 0 ? changes : null;
}
