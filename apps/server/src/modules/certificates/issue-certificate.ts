import { randomBytes } from 'node:crypto';
import { type CertificateSnapshot, certificateNumber, ID_TYPE_NAMES_ZH, type IdType } from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { calendarDayOf } from '../../lib/calendar.ts';
import { newId } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { createOrganizationsRepository } from '../organizations/organizations.repository.ts';
import { approvedHundredthsOf } from '../service-hours/hours-totals.ts';
import { takeRegistryNumber } from '../volunteers/registries.ts';
import type { VolunteerRow } from '../volunteers/volunteers.repository.ts';
import { certificateNumberPrefix } from './certificate-number-prefix.ts';
import { certificateRecordsOf } from './certificate-records.ts';
import { createCertificatesRepository } from './certificates.repository.ts';

// 144 random bits: the public verification URL carries this token, so it must not be guessable (nor the id).
const TOKEN_BYTES = 18;

export interface CertificateRequest {
  volunteer: VolunteerRow;
  periodFrom: string;
  periodTo: string;
  personInCharge: string;
  handlerName: string;
  handlerContact: string | null;
  /** The volunteer asked for it themselves; no staff member issued it by hand. */
  selfRequested: boolean;
}

/**
 * Issues a 志愿服务记录证明 and returns its id. The period must end by today and not start after it ends
 * (certificates.period) and hold approved hours (certificates.no_hours). The issuer is the volunteer's registry:
 * the organization whose records these are (谁记录谁证明). The number takes the registry's next sequence inside
 * the transaction; what the PDF shows is frozen in the snapshot, with the ID number only ever masked.
 */
export async function issueCertificate(
  { db, clock, config }: AppDeps,
  actor: Actor,
  meta: RequestMeta,
  request: CertificateRequest,
): Promise<string> {
  const { volunteer, periodFrom, periodTo } = request;
  const now = clock.now();
  const today = calendarDayOf(now, config.timeZone);
  if (periodTo > today || periodFrom > periodTo)
    throw new AppError('certificates.period', 400, { periodFrom, periodTo, today });
  const registry = await createOrganizationsRepository(db).findById(volunteer.registryId);
  if (!registry) throw new AppError('volunteers.registry_not_found', 404);
  const period = { from: periodFrom, to: periodTo };
  const id = newId();

  await db.transaction().execute(async (trx) => {
    const totalHundredths = await approvedHundredthsOf(trx, volunteer.id, period);
    if (totalHundredths <= 0) throw new AppError('certificates.no_hours', 409, { periodFrom, periodTo });
    const records = await certificateRecordsOf(trx, volunteer.id, period);
    const sequence = await takeRegistryNumber(trx, registry.id, 'lastCertificateNo', now);
    const number = certificateNumber(today, sequence, certificateNumberPrefix(registry.id));
    const idType = volunteer.idType as IdType;
    const snapshot: CertificateSnapshot = {
      version: 1,
      selfRequested: request.selfRequested,
      volunteer: {
        name: volunteer.name,
        gender: volunteer.gender,
        idType,
        idTypeLabel: ID_TYPE_NAMES_ZH[idType] ?? ID_TYPE_NAMES_ZH.other,
        idNumberMasked: volunteer.idNumberMasked,
        localNo: volunteer.localNo,
        nationalNo: volunteer.nationalNo,
      },
      period,
      totalHundredths,
      entryCount: records.length,
      records,
      issuer: {
        organizationId: registry.id,
        name: registry.name,
        personInCharge: request.personInCharge,
        handler: request.handlerName,
        contact: request.handlerContact,
      },
    };
    await createCertificatesRepository(trx).insert({
      id,
      number,
      verifyToken: randomBytes(TOKEN_BYTES).toString('base64url'),
      registryId: registry.id,
      volunteerId: volunteer.id,
      issuerOrganizationId: registry.id,
      periodFrom,
      periodTo,
      totalHundredths,
      entryCount: records.length,
      snapshot: JSON.stringify(snapshot),
      personInCharge: request.personInCharge,
      handlerName: request.handlerName,
      handlerContact: request.handlerContact,
      issuedOn: today,
      issuedAt: now,
      issuedBy: actor.userId,
      revokedAt: null,
      revokedBy: null,
      revokeReason: null,
    });
    await recordAudit(
      trx,
      { actor, meta, now },
      {
        action: 'certificates.issue',
        entityType: 'service_certificate',
        entityId: id,
        after: {
          number,
          volunteerId: volunteer.id,
          periodFrom,
          periodTo,
          totalHundredths,
          entryCount: records.length,
          personInCharge: request.personInCharge,
          handlerName: request.handlerName,
          selfRequested: request.selfRequested,
        },
        scopePath: volunteer.homePath,
      },
    );
  });
  return id;
}
