import type { GuardianConsentCreate } from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { calendarDayOf } from '../../lib/calendar.ts';
import { newId } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { changeVolunteerRecord } from './change-volunteer-record.ts';
import { findVolunteerFor } from './find-volunteer.ts';
import { sealGuardian } from './guardian-consents.ts';
import { createVolunteerRecordsRepository } from './volunteer-records.repository.ts';
import { canManageVolunteer, canRevealVolunteer } from './volunteers.policy.ts';

const consentNotFound = () => new AppError('volunteers.guardian_consent_not_found', 404);
const alreadyRevoked = () => new AppError('volunteers.guardian_consent_revoked', 409);

/** A minor's guardian consents: recorded by staff (or with self-registration), revoked, and revealed when allowed. */
export function createGuardianConsentsService(deps: AppDeps) {
  const { db, clock, config, keys } = deps;
  const records = createVolunteerRecordsRepository(db);

  return {
    async add(actor: Actor, id: string, input: GuardianConsentCreate, meta: RequestMeta) {
      const volunteer = await findVolunteerFor(db, actor, id, canManageVolunteer);
      const now = clock.now();
      if (input.consentedAt !== undefined && input.consentedAt > now)
        throw new AppError('validation.failed', 400, [{ path: 'body.consentedAt', issue: 'future' }]);
      const guardian = sealGuardian(keys, input, calendarDayOf(now, config.timeZone));
      if (input.activityId) {
        const activity = await db
          .selectFrom('activities')
          .select('id')
          .where('id', '=', input.activityId)
          .executeTakeFirst();
        if (!activity) throw new AppError('activities.not_found', 404, [{ path: 'body.activityId' }]);
      }
      const consent = {
        id: newId(),
        volunteerId: id,
        ...guardian,
        consentedAt: input.consentedAt ?? now,
        scope: input.scope,
        activityId: input.activityId ?? null,
        expiresOn: input.expiresOn ?? null,
        method: input.method,
        revokedAt: null,
        recordedBy: actor.userId,
        createdAt: now,
      };
      const { phoneCipher, idNumberCipher, ...audited } = consent;
      return changeVolunteerRecord(
        deps,
        { actor, meta },
        volunteer,
        { action: 'guardian_consents.create', entityType: 'guardian_consent', entityId: consent.id, after: audited },
        (trx) => createVolunteerRecordsRepository(trx).insertGuardianConsent(consent),
      );
    },

    async revoke(actor: Actor, id: string, consentId: string, meta: RequestMeta) {
      const volunteer = await findVolunteerFor(db, actor, id, canManageVolunteer);
      const consent = await records.findGuardianConsent(id, consentId);
      if (!consent) throw consentNotFound();
      if (consent.revokedAt !== null) throw alreadyRevoked();
      return changeVolunteerRecord(
        deps,
        { actor, meta },
        volunteer,
        (now) => ({
          action: 'guardian_consents.revoke',
          entityType: 'guardian_consent',
          entityId: consentId,
          before: { revokedAt: null },
          after: { revokedAt: now },
        }),
        async (trx, now) => {
          // A concurrent revocation got there first: refuse rather than record a second one.
          if (!(await createVolunteerRecordsRepository(trx).revokeGuardianConsent(consentId, now)))
            throw alreadyRevoked();
        },
      );
    },

    /** The guardian's full phone or ID number, for someone allowed to reveal the volunteer's; audited the same way. */
    async reveal(actor: Actor, id: string, consentId: string, field: 'idNumber' | 'phone', meta: RequestMeta) {
      const volunteer = await findVolunteerFor(db, actor, id, canRevealVolunteer);
      const consent = await records.findGuardianConsent(volunteer.id, consentId);
      if (!consent) throw consentNotFound();
      const cipher = field === 'idNumber' ? consent.idNumberCipher : consent.phoneCipher;
      if (!cipher) throw new AppError('validation.failed', 400, [{ path: 'body.field', issue: 'not_recorded' }]);
      const value = keys.decrypt(cipher);
      const now = clock.now();
      await db.transaction().execute((trx) =>
        recordAudit(
          trx,
          { actor, meta, now },
          {
            action: 'guardian_consents.reveal',
            entityType: 'guardian_consent',
            entityId: consentId,
            after: { revealedField: field },
            scopePath: volunteer.homePath,
          },
        ),
      );
      return { value };
    },
  };
}
