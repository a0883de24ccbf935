export interface ServiceCertificatesTable {
  id: string;
  number: string;
  /** Random and unguessable: the public verification URL carries it, not the id. */
  verifyToken: string;
  registryId: string;
  volunteerId: string;
  issuerOrganizationId: string;
  periodFrom: string;
  periodTo: string;
  totalHundredths: number;
  entryCount: number;
  /** JSON of what the PDF shows (identity masked, service records), frozen at issue. */
  snapshot: string;
  personInCharge: string;
  handlerName: string;
  handlerContact: string | null;
  issuedOn: string;
  issuedAt: number;
  issuedBy: string;
  revokedAt: number | null;
  revokedBy: string | null;
  revokeReason: string | null;
}
