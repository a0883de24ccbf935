import type { ImportStatus } from '@liandong/domain';
import { CompiledQuery, type Insertable, type Selectable, type Updateable } from 'kysely';
import { type Db, dialectOf } from '../../db/create-db.ts';
import type {
  VolunteerImportsTable,
  VolunteersTable,
  VolunteerTeamMembershipsTable,
} from '../volunteers/volunteers.table.ts';

export type VolunteerImportRow = Selectable<VolunteerImportsTable>;

// Rows per INSERT: 500 volunteers × 30 columns = 15,000 parameters, under SQLite's 32,766 and PostgreSQL's 65,535.
const INSERT_CHUNK = 500;

/** Every column of a table, in one order: the compiler checks that none is missing or misspelt. */
function columnsOf<T>() {
  return <const C extends readonly (keyof T & string)[]>(
    columns: C & ([Exclude<keyof T, C[number]>] extends [never] ? unknown : { missing: Exclude<keyof T, C[number]> }),
  ) => columns;
}

const VOLUNTEER_COLUMNS = columnsOf<VolunteersTable>()([
  'id',
  'registryId',
  'homeOrganizationId',
  'homePath',
  'userId',
  'localNo',
  'nationalNo',
  'name',
  'nameSearch',
  'gender',
  'birthDate',
  'idType',
  'idNumberCipher',
  'idNumberHash',
  'idNumberMasked',
  'phoneCipher',
  'phoneHash',
  'phoneMasked',
  'skills',
  'availability',
  'status',
  'source',
  'registeredAt',
  'approvedAt',
  'approvedBy',
  'statusChangedAt',
  'statusReason',
  'createdBy',
  'createdAt',
  'updatedAt',
]);

const MEMBERSHIP_COLUMNS = columnsOf<VolunteerTeamMembershipsTable>()([
  'id',
  'volunteerId',
  'teamId',
  'teamPath',
  'role',
  'joinedAt',
  'createdBy',
]);

const snakeCase = (column: string) => column.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * Inserts rows in multi-row statements written directly, not through the query builder: for a 100,000-row import
 * the builder's per-value work cost more than the database's own. Same SQL on both dialects but the placeholders.
 */
async function insertRows<T>(
  db: Db,
  table: string,
  columns: readonly (keyof T & string)[],
  rows: readonly T[],
  chunk: number,
) {
  const postgres = dialectOf(db) === 'postgres';
  const head = `insert into ${table} (${columns.map(snakeCase).join(', ')}) values `;
  for (let start = 0; start < rows.length; start += chunk) {
    const slice = rows.slice(start, start + chunk);
    const parameters: unknown[] = [];
    const tuples: string[] = [];
    for (const row of slice) {
      const marks: string[] = [];
      for (const column of columns) {
        parameters.push(row[column] ?? null);
        marks.push(postgres ? `$${parameters.length}` : '?');
      }
      tuples.push(`(${marks.join(', ')})`);
    }
    await db.executeQuery(CompiledQuery.raw(head + tuples.join(', '), parameters));
  }
}
// Hashes per `IN (…)` lookup.
const LOOKUP_CHUNK = 500;

export function createVolunteerImportsRepository(db: Db) {
  /** An import with the names and path of its organization and the name of its registry. */
  const detailQuery = () =>
    db
      .selectFrom('volunteerImports as i')
      .innerJoin('organizations as o', 'o.id', 'i.organizationId')
      .innerJoin('organizations as r', 'r.id', 'i.registryId')
      .selectAll('i')
      .select(['o.name as organizationName', 'o.path as organizationPath', 'r.name as registryName']);

  return {
    insert: (row: Insertable<VolunteerImportsTable>) => db.insertInto('volunteerImports').values(row).execute(),

    findDetail: (id: string) => detailQuery().where('i.id', '=', id).executeTakeFirst(),

    /** The imports into organizations within `path` (paths are ids and slashes, so no LIKE escaping), newest first. */
    async listWithin(path: string, page: { page: number; pageSize: number }) {
      const within = db
        .selectFrom('volunteerImports as i')
        .innerJoin('organizations as o', 'o.id', 'i.organizationId')
        .where('o.path', 'like', `${path}%`);
      const total = await within.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const items = await detailQuery()
        .where('o.path', 'like', `${path}%`)
        .orderBy('i.createdAt', 'desc')
        .orderBy('i.id', 'desc')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute();
      return { items, total: Number(total.n) };
    },

    /** Moves the import from `from` to `changes.status` only if it is still `from`: two commits cannot both start. */
    async updateFrom(id: string, from: ImportStatus, changes: Updateable<VolunteerImportsTable>): Promise<boolean> {
      const result = await db
        .updateTable('volunteerImports')
        .set(changes)
        .where('id', '=', id)
        .where('status', '=', from)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** The volunteer teams (organizations of that kind) within a subtree. */
    teamsWithin: (path: string) =>
      db
        .selectFrom('organizations')
        .selectAll()
        .where('kind', '=', 'volunteer_team')
        .where('path', 'like', `${path}%`)
        .execute(),

    /** Which of these ID number hashes the registry already holds, looked up in chunks. */
    async registeredHashes(registryId: string, hashes: readonly string[]): Promise<Set<string>> {
      const found = new Set<string>();
      for (let start = 0; start < hashes.length; start += LOOKUP_CHUNK) {
        const rows = await db
          .selectFrom('volunteers')
          .select('idNumberHash')
          .where('registryId', '=', registryId)
          .where('idNumberHash', 'in', hashes.slice(start, start + LOOKUP_CHUNK))
          .execute();
        for (const row of rows) found.add(row.idNumberHash);
      }
      return found;
    },

    /**
     * Takes `count` local numbers at once: one update adds `count` to the registry's counter (locking its row for
     * the transaction) and the range ending at the new value is this import's. Returns the first number.
     */
    async takeLocalNumbers(registryId: string, count: number): Promise<number> {
      const row = await db
        .updateTable('volunteerRegistries')
        .set((eb) => ({ lastLocalNo: eb('lastLocalNo', '+', count) }))
        .where('organizationId', '=', registryId)
        .returning('lastLocalNo')
        .executeTakeFirstOrThrow();
      return Number(row.lastLocalNo) - count + 1;
    },

    /** Multi-row inserts, chunked under both dialects' parameter limits. */
    insertVolunteers: (rows: readonly Insertable<VolunteersTable>[]) =>
      insertRows(db, 'volunteers', VOLUNTEER_COLUMNS, rows, INSERT_CHUNK),

    insertTeamMemberships: (rows: readonly Insertable<VolunteerTeamMembershipsTable>[]) =>
      insertRows(db, 'volunteer_team_memberships', MEMBERSHIP_COLUMNS, rows, INSERT_CHUNK * 2),
  };
}

export type VolunteerImportDetailRow = NonNullable<
  Awaited<ReturnType<ReturnType<typeof createVolunteerImportsRepository>['findDetail']>>
>;
