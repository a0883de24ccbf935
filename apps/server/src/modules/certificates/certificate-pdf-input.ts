import { formatHours } from '@liandong/domain';
import type { CertificatePdfInput } from './certificate-pdf.ts';
import type { CertificateRow } from './certificates.repository.ts';
import { snapshotOf } from './present-certificate.ts';

/**
 * What the PDF renderer draws for a stored certificate: everything from the frozen snapshot, the verification URL
 * from where the request came in, and the revoked mark once revoked. The same certificate and URL give the same bytes.
 */
export function certificatePdfInputOf(row: CertificateRow, verifyUrl: string): CertificatePdfInput {
  const snapshot = snapshotOf(row);
  const { volunteer, issuer } = snapshot;
  return {
    number: row.number,
    issuedOn: row.issuedOn,
    volunteer: {
      name: volunteer.name,
      gender: volunteer.gender,
      idTypeLabel: volunteer.idTypeLabel,
      idNumberMasked: volunteer.idNumberMasked,
      localNo: volunteer.localNo,
      nationalNo: volunteer.nationalNo,
    },
    period: snapshot.period,
    totalHours: formatHours(snapshot.totalHundredths),
    entryCount: snapshot.entryCount,
    activities: snapshot.records.map((record) => ({
      date: record.date,
      title: record.title,
      content: record.content,
      hours: formatHours(record.hundredths),
      organization: record.organization,
    })),
    issuer: {
      name: issuer.name,
      personInCharge: issuer.personInCharge,
      handler: issuer.handler,
      contact: issuer.contact,
    },
    verifyUrl,
    revoked: row.revokedAt !== null,
  };
}
