import { type Certificate, type CertificateSnapshot, certificateSnapshotSchema } from '@liandong/domain';
import type { CertificateDetailRow, CertificateRow } from './certificates.repository.ts';

/** The frozen snapshot of a certificate, checked against its schema (it was written by `issueCertificate`). */
export const snapshotOf = (row: CertificateRow): CertificateSnapshot =>
  certificateSnapshotSchema.parse(JSON.parse(row.snapshot));

/** A certificate as lists show it: figures from the frozen snapshot, never recomputed from today's ledger. */
export function presentCertificate(row: CertificateDetailRow): Certificate {
  const snapshot = snapshotOf(row);
  return {
    id: row.id,
    number: row.number,
    volunteerId: row.volunteerId,
    volunteerName: snapshot.volunteer.name,
    issuer: { id: row.issuerOrganizationId, name: snapshot.issuer.name },
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    totalHundredths: Number(row.totalHundredths),
    entryCount: Number(row.entryCount),
    personInCharge: row.personInCharge,
    handlerName: row.handlerName,
    handlerContact: row.handlerContact,
    issuedOn: row.issuedOn,
    issuedAt: Number(row.issuedAt),
    issuedBy: { id: row.issuedBy, name: row.issuedByName },
    selfRequested: snapshot.selfRequested,
    verifyToken: row.verifyToken,
    revoked: row.revokedAt !== null,
    revokedAt: row.revokedAt === null ? null : Number(row.revokedAt),
    revokeReason: row.revokeReason,
  };
}
