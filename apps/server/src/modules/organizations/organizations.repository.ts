import type { Insertable } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import type { OrganizationsTable } from './organizations.table.ts';

export function createOrganizationsRepository(db: Db) {
  return {
    findById: (id: string) => db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst(),

    insert: (organization: Insertable<OrganizationsTable>) =>
      db.insertInto('organizations').values(organization).execute(),
  };
}
