import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SERVER_SOURCE = path.resolve(import.meta.dirname, '../..');

// Kysely calls and raw SQL that would change or remove an audit row, in either naming.
const WRITES_TO_AUDIT = [
  /\b(updateTable|deleteFrom)\(\s*['"`](auditEvents|audit_events)['"`]/,
  /\b(update|delete\s+from|truncate(\s+table)?)\s+["'`]?audit_events\b/i,
];

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|mjs|sql)$/.test(entry.name) ? [full] : [];
  });
}

const offends = (text: string) => WRITES_TO_AUDIT.some((pattern) => pattern.test(text));

describe('the audit trail is append-only', () => {
  it('recognises every way of changing an audit row it looks for', () => {
    expect(offends(`db.updateTable('auditEvents').set({ action: 'x' })`)).toBe(true);
    expect(offends('trx.deleteFrom("auditEvents").execute()')).toBe(true);
    expect(offends("db.deleteFrom('audit_events')")).toBe(true);
    expect(offends('sql`DELETE FROM audit_events WHERE id = 1`')).toBe(true);
    expect(offends('sql`update "audit_events" set changes = null`')).toBe(true);
    expect(offends('TRUNCATE TABLE audit_events')).toBe(true);
    expect(offends(`db.insertInto('auditEvents').values(event)`)).toBe(false);
  });

  it('has no code in apps/server/src that updates or deletes an audit row', () => {
    const files = sourceFiles(SERVER_SOURCE);
    expect(files).toContain(path.join(SERVER_SOURCE, 'modules/audit/record-audit.ts'));
    const offenders = files
      .filter((file) => file !== import.meta.filename)
      .filter((file) => offends(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(SERVER_SOURCE, file));
    expect(offenders).toEqual([]);
  });
});
