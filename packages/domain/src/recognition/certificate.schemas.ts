import { z } from 'zod';
import { idSchema, instantSchema, optionalTextSchema, textSchema } from '../common/common.schemas.ts';
import { idTypeSchema } from '../volunteers/rules/identity-document.ts';
import { volunteerDateSchema } from '../volunteers/volunteer.schemas.ts';
import { GENDERS } from '../volunteers/volunteer-enums.ts';

/**
 * Issue a 志愿服务记录证明 for a period of service dates (inclusive). The period must end by today and start no later
 * than it ends (certificates.period), and hold approved hours (certificates.no_hours).
 */
export const certificateIssueSchema = z.strictObject({
  periodFrom: volunteerDateSchema,
  periodTo: volunteerDateSchema,
  /** 负责人 of the issuing organization, printed with a signature line. */
  personInCharge: textSchema(50),
  /** 经办人 */
  handlerName: textSchema(50),
  handlerContact: optionalTextSchema(60),
});
export type CertificateIssue = z.infer<typeof certificateIssueSchema>;

/**
 * A volunteer asks for their own certificate. `volunteerId` picks the record when they are registered with several
 * registries; with one record it may be left out.
 */
export const myCertificateRequestSchema = z.strictObject({
  volunteerId: idSchema.optional(),
  periodFrom: volunteerDateSchema,
  periodTo: volunteerDateSchema,
});
export type MyCertificateRequest = z.infer<typeof myCertificateRequestSchema>;

export const certificateRevokeSchema = z.strictObject({ reason: textSchema(500) });
export type CertificateRevoke = z.infer<typeof certificateRevokeSchema>;

/** The random token of the public verification URL (base64url), never the certificate's id. */
export const certificateTokenParamsSchema = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/),
});

/** A certificate as staff and the volunteer see it in lists; the PDF is `GET /api/certificates/:id.pdf`. */
export const certificateSchema = z.object({
  id: idSchema,
  number: z.string(),
  volunteerId: idSchema,
  volunteerName: z.string(),
  issuer: z.object({ id: idSchema, name: z.string() }),
  periodFrom: z.string(),
  periodTo: z.string(),
  totalHundredths: z.number().int(),
  entryCount: z.number().int(),
  personInCharge: z.string(),
  handlerName: z.string(),
  handlerContact: z.string().nullable(),
  issuedOn: z.string(),
  issuedAt: instantSchema,
  issuedBy: z.object({ id: idSchema, name: z.string() }),
  /** Requested by the volunteer and issued without a staff member's hand (handler 系统自动出具). */
  selfRequested: z.boolean(),
  /** Goes into `/verify/<token>`, the page the PDF's QR code opens. */
  verifyToken: z.string(),
  revoked: z.boolean(),
  revokedAt: instantSchema.nullable(),
  revokeReason: z.string().nullable(),
});
export type Certificate = z.infer<typeof certificateSchema>;

export const certificateListSchema = z.object({ items: z.array(certificateSchema) });
export type CertificateList = z.infer<typeof certificateListSchema>;

/**
 * What the public verification page may show, and nothing more: no ID number, no service records, the name masked.
 * `valid` is false once revoked.
 */
export const certificateVerificationSchema = z.object({
  valid: z.boolean(),
  revoked: z.boolean(),
  number: z.string(),
  name: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  totalHundredths: z.number().int(),
  entryCount: z.number().int(),
  issuerName: z.string(),
  issuedOn: z.string(),
  revokedOn: z.string().optional(),
});
export type CertificateVerification = z.infer<typeof certificateVerificationSchema>;

/**
 * What a certificate certified, frozen when it is issued and stored with it, so a download years later shows the
 * same figures. The ID number is only ever the masked form. Records are newest first, one per service record
 * (corrections folded into the record they correct; voided records left out).
 */
export const certificateSnapshotSchema = z.object({
  version: z.literal(1),
  /** Requested by the volunteer and issued automatically, rather than by a staff member. */
  selfRequested: z.boolean(),
  volunteer: z.object({
    name: z.string(),
    gender: z.enum(GENDERS),
    idType: idTypeSchema,
    idTypeLabel: z.string(),
    idNumberMasked: z.string(),
    localNo: z.string(),
    nationalNo: z.string().nullable(),
  }),
  period: z.object({ from: z.string(), to: z.string() }),
  totalHundredths: z.number().int(),
  entryCount: z.number().int(),
  records: z.array(
    z.object({
      date: z.string(),
      title: z.string(),
      content: z.string(),
      hundredths: z.number().int(),
      organization: z.string(),
    }),
  ),
  issuer: z.object({
    organizationId: idSchema,
    name: z.string(),
    personInCharge: z.string(),
    handler: z.string(),
    contact: z.string().nullable(),
  }),
});
export type CertificateSnapshot = z.infer<typeof certificateSnapshotSchema>;
