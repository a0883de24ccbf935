import {
  type IdType,
  isStrongPassword,
  normalizeIdNumber,
  normalizePhone,
  type VolunteerCreate,
  type VolunteerListQuery,
  type VolunteerUpdate,
} from '@liandong/domain';
import type { Updateable } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { calendarDayOf } from '../../lib/calendar.ts';
import { newId } from '../../lib/ids.ts';
import { hashPassword } from '../../lib/passwords.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findOrganizationFor } from '../organizations/find-organization.ts';
import { scopePathOf } from '../organizations/organizations.policy.ts';
import { pinyinQueryOf } from '../regions/name-search.ts';
import { hoursTotalsByVolunteer } from '../service-hours/hours-totals.ts';
import { insertUser } from '../users/insert-user.ts';
import { createUsersRepository } from '../users/users.repository.ts';
import { findVolunteerFor } from './find-volunteer.ts';
import { grantVolunteerMembership } from './grant-volunteer-membership.ts';
import { loadVolunteerProfile } from './load-volunteer-profile.ts';
import { loadRegistrySettings, registryRootFor, takeRegistryNumber } from './registries.ts';
import {
  alreadyRegistered,
  assertBirthDateAllowed,
  assertSkillsKnown,
  auditViewOfVolunteer,
  nameSearchOf,
  refuseDuplicateIdNumber,
} from './volunteer-checks.ts';
import { sealIdNumber, sealPhone } from './volunteer-identity.ts';
import { presentVolunteerListItem } from './volunteer-presenter.ts';
import {
  canManageVolunteer,
  canManageVolunteersIn,
  canReadVolunteersIn,
  canRevealVolunteer,
} from './volunteers.policy.ts';
import { createVolunteersRepository, type VolunteerListFilter } from './volunteers.repository.ts';
import type { VolunteersTable } from './volunteers.table.ts';

const homeNotFound = () => new AppError('organizations.not_found', 404, [{ path: 'body.homeOrganizationId' }]);
const usernameTaken = () => new AppError('users.username_taken', 409, [{ path: 'body.account.username' }]);

/** A local volunteer number: the registry's prefix and a six-digit sequence (V000123). */
export const localNumberOf = (prefix: string, sequence: number) => `${prefix}${String(sequence).padStart(6, '0')}`;

export function createVolunteersService({ db, clock, config, keys }: AppDeps) {
  const volunteers = createVolunteersRepository(db);
  const users = createUsersRepository(db);
  const todayOf = (now: number) => calendarDayOf(now, config.timeZone);

  /** What `q` matches: name, pinyin or initials, and an exact ID or phone number through their lookup hashes. */
  function searchOf(q: string | undefined): Partial<VolunteerListFilter> {
    if (!q) return {};
    const idNumber = normalizeIdNumber('other', q);
    const phone = normalizePhone(q);
    return {
      nameText: pinyinQueryOf(q) ?? q.toLowerCase(),
      idNumberHash: /^[0-9A-Z]{6,20}$/.test(idNumber) ? keys.lookupHash('id_number', idNumber) : undefined,
      phoneHash: phone ? keys.lookupHash('phone', phone) : undefined,
    };
  }

  /** The list's filter for a query, within what the actor may see; the export uses it too. */
  async function filterFor(
    actor: Actor,
    query: Omit<VolunteerListQuery, 'page' | 'pageSize'>,
  ): Promise<VolunteerListFilter> {
    const within = query.organizationId
      ? await findOrganizationFor(db, actor, query.organizationId, canReadVolunteersIn)
      : null;
    return {
      scopePath: scopePathOf(actor),
      ...searchOf(query.q),
      status: query.status,
      withinPath: within?.path,
      teamId: query.teamId,
      skill: query.skill,
    };
  }

  return {
    filterFor,

    async list(actor: Actor, query: VolunteerListQuery) {
      const filter = await filterFor(actor, query);
      const { items, total } = await volunteers.list(filter, query);
      const today = todayOf(clock.now());
      const hours = await hoursTotalsByVolunteer(
        db,
        items.map((row) => row.id),
      );
      return {
        items: items.map((row) => ({
          ...presentVolunteerListItem(row, today),
          approvedHundredths: hours.get(row.id)?.approvedHundredths ?? 0,
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async get(actor: Actor, id: string) {
      await findVolunteerFor(db, actor, id);
      return loadVolunteerProfile(db, id, todayOf(clock.now()));
    },

    /** Staff registration. Checks the identity document, refuses a second record of the same person in the registry. */
    async create(actor: Actor, input: VolunteerCreate, meta: RequestMeta) {
      const home = await findOrganizationFor(db, actor, input.homeOrganizationId, canManageVolunteersIn, homeNotFound);
      const registry = await registryRootFor(db, home);
      const settings = await loadRegistrySettings(db, registry.id);
      const now = clock.now();
      const today = todayOf(now);
      assertBirthDateAllowed(input.birthDate, today, settings);
      const idNumber = sealIdNumber(keys, input, today);
      const phone = sealPhone(keys, input.phone);
      assertSkillsKnown(input.skills, settings);
      await refuseDuplicateIdNumber(db, actor, registry.id, idNumber.idNumberHash);
      const account = input.account;
      if (account) {
        if (!isStrongPassword(account.password, account.username))
          throw new AppError('auth.password_too_weak', 400, [{ path: 'body.account.password' }]);
        if (await users.findByUsername(account.username)) throw usernameTaken();
      }
      const newUser = account
        ? {
            id: newId(),
            username: account.username,
            displayName: input.name,
            passwordHash: await hashPassword(account.password),
            isPlatformAdmin: false,
          }
        : null;
      const context = { actor, meta, now };
      const id = newId();
      try {
        await db.transaction().execute(async (trx) => {
          const sequence = await takeRegistryNumber(trx, registry.id, 'lastLocalNo', now);
          // The account gets no role until approval: a prospective volunteer is not yet the organization's.
          if (newUser) await insertUser(trx, context, newUser, home.path);
          const active = input.status === 'active';
          const row = {
            id,
            registryId: registry.id,
            homeOrganizationId: home.id,
            homePath: home.path,
            userId: newUser?.id ?? null,
            localNo: localNumberOf(settings.localNoPrefix, sequence),
            nationalNo: input.nationalNo ?? null,
            name: input.name,
            nameSearch: nameSearchOf(input.name),
            gender: input.gender,
            birthDate: input.birthDate,
            ...idNumber,
            ...phone,
            skills: JSON.stringify(input.skills),
            availability: JSON.stringify(input.availability),
            status: input.status,
            source: 'staff' as const,
            registeredAt: now,
            approvedAt: active ? now : null,
            approvedBy: active ? actor.userId : null,
            statusChangedAt: now,
            statusReason: null,
            createdBy: actor.userId,
            createdAt: now,
            updatedAt: now,
          };
          await createVolunteersRepository(trx).insert(row);
          await recordAudit(trx, context, {
            action: 'volunteers.create',
            entityType: 'volunteer',
            entityId: id,
            after: auditViewOfVolunteer(row),
            scopePath: home.path,
          });
          if (active) await grantVolunteerMembership(trx, context, row);
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // Lost a race: a concurrent registration of the same person, or of the same username, committed first.
        const existing = await volunteers.findByIdNumberHash(registry.id, idNumber.idNumberHash);
        if (existing) throw await alreadyRegistered(db, actor, existing);
        if (account && (await users.findByUsername(account.username))) throw usernameTaken();
        throw error;
      }
      return loadVolunteerProfile(db, id, today);
    },

    /** Changes the fields sent; identity fields are re-checked together, against the number on file if not resent. */
    async update(actor: Actor, id: string, input: VolunteerUpdate, meta: RequestMeta) {
      const volunteer = await findVolunteerFor(db, actor, id, canManageVolunteer);
      const settings = await loadRegistrySettings(db, volunteer.registryId);
      const now = clock.now();
      const today = todayOf(now);
      const changes: Updateable<VolunteersTable> = {};
      if (input.name !== undefined) {
        changes.name = input.name;
        changes.nameSearch = nameSearchOf(input.name);
      }
      if (input.birthDate !== undefined) assertBirthDateAllowed(input.birthDate, today, settings);
      const identityChanged = [input.gender, input.birthDate, input.idType, input.idNumber].some(
        (v) => v !== undefined,
      );
      if (identityChanged) {
        const idType = input.idType ?? (volunteer.idType as IdType);
        const sealed = sealIdNumber(
          keys,
          {
            idType,
            idNumber: input.idNumber ?? keys.decrypt(volunteer.idNumberCipher),
            birthDate: input.birthDate ?? volunteer.birthDate,
            gender: input.gender ?? volunteer.gender,
          },
          today,
          // Point the form at the field that was changed when the number on file no longer agrees with it.
          input.idNumber !== undefined
            ? 'body.idNumber'
            : input.birthDate !== undefined
              ? 'body.birthDate'
              : 'body.gender',
        );
        if (input.gender !== undefined) changes.gender = input.gender;
        if (input.birthDate !== undefined) changes.birthDate = input.birthDate;
        if (input.idNumber !== undefined || input.idType !== undefined) {
          if (sealed.idNumberHash !== volunteer.idNumberHash)
            await refuseDuplicateIdNumber(db, actor, volunteer.registryId, sealed.idNumberHash, volunteer.id);
          Object.assign(changes, sealed);
        }
      }
      if (input.phone !== undefined) Object.assign(changes, sealPhone(keys, input.phone));
      if (input.skills !== undefined) {
        assertSkillsKnown(input.skills, settings);
        changes.skills = JSON.stringify(input.skills);
      }
      if (input.availability !== undefined) changes.availability = JSON.stringify(input.availability);
      if (input.nationalNo !== undefined) changes.nationalNo = input.nationalNo;
      if (input.homeOrganizationId !== undefined && input.homeOrganizationId !== volunteer.homeOrganizationId) {
        const home = await findOrganizationFor(
          db,
          actor,
          input.homeOrganizationId,
          canManageVolunteersIn,
          homeNotFound,
        );
        if ((await registryRootFor(db, home)).id !== volunteer.registryId)
          throw new AppError('volunteers.home_outside_registry', 400, [{ path: 'body.homeOrganizationId' }]);
        changes.homeOrganizationId = home.id;
        changes.homePath = home.path;
      }
      try {
        await db.transaction().execute(async (trx) => {
          await createVolunteersRepository(trx).update(id, { ...changes, updatedAt: now });
          const { teamPaths, ...before } = volunteer;
          await recordAudit(
            trx,
            { actor, meta, now },
            {
              action: 'volunteers.update',
              entityType: 'volunteer',
              entityId: id,
              before: auditViewOfVolunteer(before),
              after: auditViewOfVolunteer({ ...before, ...changes }),
              scopePath: changes.homePath ?? volunteer.homePath,
            },
          );
        });
      } catch (error) {
        if (!isUniqueViolation(error) || !changes.idNumberHash) throw error;
        const existing = await volunteers.findByIdNumberHash(volunteer.registryId, changes.idNumberHash);
        throw existing ? await alreadyRegistered(db, actor, existing) : error;
      }
      return loadVolunteerProfile(db, id, today);
    },

    /** The full ID or phone number for someone allowed to see it; the reveal is audited, the value is not. */
    async reveal(actor: Actor, id: string, field: 'idNumber' | 'phone', meta: RequestMeta) {
      const volunteer = await findVolunteerFor(db, actor, id, canRevealVolunteer);
      const value = keys.decrypt(field === 'idNumber' ? volunteer.idNumberCipher : volunteer.phoneCipher);
      const now = clock.now();
      await db.transaction().execute((trx) =>
        recordAudit(
          trx,
          { actor, meta, now },
          {
            action: 'volunteers.reveal',
            entityType: 'volunteer',
            entityId: id,
            after: { revealedField: field },
            scopePath: volunteer.homePath,
          },
        ),
      );
      return { value };
    },
  };
}

export type VolunteersService = ReturnType<typeof createVolunteersService>;
