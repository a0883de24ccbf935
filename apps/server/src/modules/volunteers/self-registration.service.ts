import {
  isStrongPassword,
  type MyVolunteer,
  SELF_REGISTRATION_KINDS,
  type SelfRegistrationBody,
  type SelfRegistrationPage,
} from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { calendarDayOf } from '../../lib/calendar.ts';
import { newId } from '../../lib/ids.ts';
import { hashPassword } from '../../lib/passwords.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { createLoginThrottleRepository } from '../auth/login-throttle.repository.ts';
import { createOrganizationsRepository } from '../organizations/organizations.repository.ts';
import { insertUser } from '../users/insert-user.ts';
import { createUsersRepository } from '../users/users.repository.ts';
import { sealGuardian } from './guardian-consents.ts';
import { listMyVolunteers } from './my-volunteers.ts';
import { loadRegistrySettings, registryRootFor, takeRegistryNumber } from './registries.ts';
import {
  assertBirthDateAllowed,
  assertSkillsKnown,
  auditViewOfVolunteer,
  nameSearchOf,
  refuseDuplicateIdNumber,
} from './volunteer-checks.ts';
import { sealIdNumber, sealPhone } from './volunteer-identity.ts';
import { createVolunteerRecordsRepository } from './volunteer-records.repository.ts';
import { createVolunteersRepository } from './volunteers.repository.ts';
import { localNumberOf } from './volunteers.service.ts';

const closed = () => new AppError('volunteers.registration_closed', 404);
const usernameTaken = () => new AppError('users.username_taken', 409, [{ path: 'body.username' }]);
const duplicate = () => new AppError('volunteers.already_registered', 409);
const SELF_REGISTERING = new Set<string>(SELF_REGISTRATION_KINDS);

/**
 * Registrations per network address within an hour, after which that address waits an hour. Generous, because a
 * recruitment drive puts a whole hall on one Wi-Fi and mobile carriers put many phones behind one address; enough
 * to stop a script from filling a registry with accounts.
 */
const PER_ADDRESS = { max: 200, windowMs: 3_600_000, lockoutMs: 3_600_000 };

/**
 * The public registration page of a 义工联, station or team. A person registers themselves with an account; they
 * stay prospective (预备) until a coordinator approves them.
 */
export function createSelfRegistrationService({ db, clock, config, keys }: AppDeps) {
  const users = createUsersRepository(db);

  async function registryFor(organizationId: string) {
    const organization = await createOrganizationsRepository(db).findById(organizationId);
    if (!organization || !SELF_REGISTERING.has(organization.kind)) throw closed();
    const registry = await registryRootFor(db, organization);
    return { organization, registry, settings: await loadRegistrySettings(db, registry.id) };
  }

  return {
    async page(organizationId: string): Promise<SelfRegistrationPage> {
      const { organization, registry, settings } = await registryFor(organizationId);
      return {
        organization: { id: organization.id, name: organization.name, kind: organization.kind },
        registry: { id: registry.id, name: registry.name },
        skills: settings.skills,
        open: settings.selfRegistrationOpen,
        minorsPolicy: settings.minorsPolicy,
      };
    },

    /** Creates the account and the prospective volunteer together; returns the new user's record and username. */
    async register(organizationId: string, input: SelfRegistrationBody, meta: RequestMeta): Promise<MyVolunteer> {
      const { organization, registry, settings } = await registryFor(organizationId);
      if (!settings.selfRegistrationOpen) throw closed();
      const now = clock.now();
      // Every attempt counts, refused ones too: probing for registered ID numbers is what the limit is for as well.
      const attempt = await createLoginThrottleRepository(db).countFailure(
        `signup:${meta.ip ?? 'unknown'}`,
        now,
        PER_ADDRESS,
      );
      if (attempt.failures > PER_ADDRESS.max && attempt.lockedUntil)
        throw new AppError('volunteers.registration_rate_limited', 429, { lockedUntil: attempt.lockedUntil });
      const today = calendarDayOf(now, config.timeZone);
      const requirements = assertBirthDateAllowed(input.birthDate, today, settings);
      const idNumber = sealIdNumber(keys, input, today);
      const phone = sealPhone(keys, input.phone);
      assertSkillsKnown(input.skills, settings);
      if (requirements.guardianConsent && !input.guardian)
        throw new AppError('volunteers.guardian_consent_required', 400, [{ path: 'body.guardian' }]);
      // A guardian is recorded only where the policy asks for one: an adult's relatives are not ours to keep.
      const guardian =
        requirements.guardianConsent && input.guardian
          ? sealGuardian(keys, input.guardian, today, 'body.guardian')
          : null;
      if (!isStrongPassword(input.password, input.username))
        throw new AppError('auth.password_too_weak', 400, [{ path: 'body.password' }]);
      // Anonymous: answered without details, so the page does not tell who holds an ID number.
      await refuseDuplicateIdNumber(db, null, registry.id, idNumber.idNumberHash);
      if (await users.findByUsername(input.username)) throw usernameTaken();
      const passwordHash = await hashPassword(input.password);
      const userId = newId();
      const id = newId();
      const context = { actor: null, meta, now, userId };
      try {
        await db.transaction().execute(async (trx) => {
          const sequence = await takeRegistryNumber(trx, registry.id, 'lastLocalNo', now);
          await insertUser(
            trx,
            context,
            { id: userId, username: input.username, displayName: input.name, passwordHash, isPlatformAdmin: false },
            organization.path,
          );
          const row = {
            id,
            registryId: registry.id,
            homeOrganizationId: organization.id,
            homePath: organization.path,
            userId,
            localNo: localNumberOf(settings.localNoPrefix, sequence),
            nationalNo: null,
            name: input.name,
            nameSearch: nameSearchOf(input.name),
            gender: input.gender,
            birthDate: input.birthDate,
            ...idNumber,
            ...phone,
            skills: JSON.stringify(input.skills),
            availability: JSON.stringify(input.availability),
            status: 'prospective' as const,
            source: 'self_registered' as const,
            registeredAt: now,
            approvedAt: null,
            approvedBy: null,
            statusChangedAt: now,
            statusReason: null,
            createdBy: userId,
            createdAt: now,
            updatedAt: now,
          };
          await createVolunteersRepository(trx).insert(row);
          await recordAudit(trx, context, {
            action: 'volunteers.self_register',
            entityType: 'volunteer',
            entityId: id,
            // When the person agreed to the privacy notice: the record of their consent to being registered.
            after: { ...auditViewOfVolunteer(row), privacyConsentAt: now },
            scopePath: organization.path,
          });
          if (guardian) {
            const consent = {
              id: newId(),
              volunteerId: id,
              ...guardian,
              consentedAt: now,
              scope: 'all' as const,
              activityId: null,
              expiresOn: null,
              method: 'online' as const,
              revokedAt: null,
              recordedBy: userId,
              createdAt: now,
            };
            await createVolunteerRecordsRepository(trx).insertGuardianConsent(consent);
            const { phoneCipher, idNumberCipher, ...audited } = consent;
            await recordAudit(trx, context, {
              action: 'guardian_consents.create',
              entityType: 'guardian_consent',
              entityId: consent.id,
              after: audited,
              scopePath: organization.path,
            });
          }
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // Lost a race to a registration of the same username or the same person.
        if (await users.findByUsername(input.username)) throw usernameTaken();
        throw duplicate();
      }
      const [mine] = await listMyVolunteers(db, userId);
      if (!mine) throw new AppError('volunteers.not_found', 404);
      return mine;
    },
  };
}
