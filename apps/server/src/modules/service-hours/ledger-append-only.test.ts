import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SERVER_SOURCE = path.resolve(import.meta.dirname, '../..');
const THE_ONE_INSERT = path.join(SERVER_SOURCE, 'modules/service-hours/insert-hours-entry.ts');

const TABLE = String.raw`['"\x60](serviceHoursEntries|service_hours_entries)['"\x60]`;

/** Inserting a ledger row anywhere but insertHoursEntry (Kysely or raw SQL). */
const INSERTS = [new RegExp(String.raw`\binsertInto\(\s*${TABLE}`), /\binsert\s+into\s+["'`]?service_hours_entries\b/i];

/** Deleting ledger rows, in any form. */
const DELETES = [
  new RegExp(String.raw`\bdeleteFrom\(\s*${TABLE}`),
  /\b(delete\s+from|truncate(\s+table)?)\s+["'`]?service_hours_entries\b/i,
];

// Setting an amount column: inside a Kysely .set({...}) of an update of the ledger, or in a raw SQL update.
const AMOUNT = /\b(rawMinutes|creditedHundredths|raw_minutes|credited_hundredths)\b/;
const UPDATE_CALL = new RegExp(String.raw`\bupdateTable\(\s*${TABLE}`, 'g');
const RAW_UPDATE = /\bupdate\s+["'`]?service_hours_entries["'`]?\s+set\b[^;`]*/gi;

/** The text of a call's first argument list after `.set(`: up to its balanced closing parenthesis. */
function setArgumentsAfter(text: string, from: number): string {
  const start = text.indexOf('.set(', from);
  if (start < 0) return '';
  let depth = 0;
  for (let index = start + 4; index < text.length; index++) {
    const character = text[index];
    if (character === '(') depth++;
    if (character === ')' && --depth === 0) return text.slice(start, index + 1);
  }
  return text.slice(start);
}

/** Every way this test knows of changing a ledger amount. */
function updatesAmounts(text: string): boolean {
  for (const match of text.matchAll(UPDATE_CALL)) {
    // The set() belonging to this update: the next one, unless another statement starts first.
    const rest = text.slice(match.index);
    const nextStatement = rest.slice(1).search(/\b(updateTable|selectFrom|insertInto|deleteFrom)\(/);
    const statement = nextStatement < 0 ? rest : rest.slice(0, nextStatement + 1);
    if (AMOUNT.test(setArgumentsAfter(statement, 0))) return true;
  }
  return [...text.matchAll(RAW_UPDATE)].some((match) => AMOUNT.test(match[0]));
}

const inserts = (text: string) => INSERTS.some((pattern) => pattern.test(text));
const deletes = (text: string) => DELETES.some((pattern) => pattern.test(text));

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|mjs|sql)$/.test(entry.name) ? [full] : [];
  });
}

describe('the service-hours ledger is append-only', () => {
  it('recognises every way of writing a ledger row it looks for', () => {
    expect(inserts(`trx.insertInto('serviceHoursEntries').values(entry)`)).toBe(true);
    expect(inserts('db.insertInto( "service_hours_entries" )')).toBe(true);
    expect(inserts('sql`INSERT INTO service_hours_entries (id) VALUES (1)`')).toBe(true);
    expect(inserts(`db.insertInto('volunteers').values(row)`)).toBe(false);

    expect(deletes(`db.deleteFrom('serviceHoursEntries').where('id', '=', id)`)).toBe(true);
    expect(deletes('sql`delete from "service_hours_entries"`')).toBe(true);
    expect(deletes('TRUNCATE TABLE service_hours_entries')).toBe(true);
    expect(deletes(`db.deleteFrom('volunteers')`)).toBe(false);

    expect(updatesAmounts(`db.updateTable('serviceHoursEntries').set({ creditedHundredths: 0 }).execute()`)).toBe(true);
    expect(
      updatesAmounts(
        `db\n  .updateTable('serviceHoursEntries')\n  .set((eb) => ({ rawMinutes: eb('rawMinutes', '+', 1) }))`,
      ),
    ).toBe(true);
    expect(updatesAmounts('sql`update service_hours_entries set credited_hundredths = 0`')).toBe(true);
    // Deciding, and copying the lead's evaluation, touch no amount.
    expect(
      updatesAmounts(
        `db.updateTable('serviceHoursEntries').set({ status, decidedBy }).where('id', 'in', ids).where('status', '=', 'pending')`,
      ),
    ).toBe(false);
    expect(
      updatesAmounts(
        `db.updateTable('serviceHoursEntries').set({ evaluationRating: 5 }).execute();\nconst creditedHundredths = db.selectFrom('serviceHoursEntries').select('creditedHundredths');`,
      ),
    ).toBe(false);
  });

  it('has one insert of ledger rows in apps/server/src, and no delete or update of their amounts', () => {
    // What the running server can do is the rule: tests of database machinery (the statistics roll-up triggers)
    // must write, change and delete ledger rows directly to prove the triggers follow, so test files are left out.
    const files = sourceFiles(SERVER_SOURCE).filter((file) => !/\.test\.tsx?$/.test(file));
    expect(files).toContain(THE_ONE_INSERT);
    const text = (file: string) => fs.readFileSync(file, 'utf8');
    const relative = (file: string) => path.relative(SERVER_SOURCE, file);

    expect(files.filter((file) => inserts(text(file))).map(relative)).toEqual([relative(THE_ONE_INSERT)]);
    expect(files.filter((file) => deletes(text(file))).map(relative)).toEqual([]);
    expect(files.filter((file) => updatesAmounts(text(file))).map(relative)).toEqual([]);
  });
});
