import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import type { ServiceCertificatesTable } from './certificates.table.ts';

export type CertificateRow = Selectable<ServiceCertificatesTable>;

/** Issued certificates: inserted once, never changed except to record a revocation. */
export function createCertificatesRepository(db: Db) {
  const withIssuer = () =>
    db
      .selectFrom('serviceCertificates as c')
      .innerJoin('users as issuer', 'issuer.id', 'c.issuedBy')
      .selectAll('c')
      .select('issuer.displayName as issuedByName');

  return {
    findById: (id: string) => db.selectFrom('serviceCertificates').selectAll().where('id', '=', id).executeTakeFirst(),

    findByToken: (verifyToken: string) =>
      db.selectFrom('serviceCertificates').selectAll().where('verifyToken', '=', verifyToken).executeTakeFirst(),

    findDetailed: (id: string) => withIssuer().where('c.id', '=', id).executeTakeFirst(),

    /** Certificates of these volunteer records, newest first, with who issued them. */
    listOfVolunteers: (volunteerIds: readonly string[]) =>
      volunteerIds.length === 0
        ? Promise.resolve([])
        : withIssuer()
            .where('c.volunteerId', 'in', [...volunteerIds])
            .orderBy('c.issuedAt', 'desc')
            .orderBy('c.id', 'desc')
            .execute(),

    insert: (row: Insertable<ServiceCertificatesTable>) => db.insertInto('serviceCertificates').values(row).execute(),

    /** Records the revocation unless one is already recorded; returns whether this call did. */
    async revoke(id: string, revocation: { revokedAt: number; revokedBy: string; revokeReason: string }) {
      const result = await db
        .updateTable('serviceCertificates')
        .set(revocation)
        .where('id', '=', id)
        .where('revokedAt', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}

export type CertificateDetailRow = NonNullable<
  Awaited<ReturnType<ReturnType<typeof createCertificatesRepository>['findDetailed']>>
>;
