import {
  isVolunteerExtraField,
  type TeamRole,
  type VolunteerExtraField,
  type VolunteerExtraFieldBody,
  type VolunteerQualificationCreate,
  type VolunteerTrainingCreate,
} from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { findOrganizationFor } from '../organizations/find-organization.ts';
import { commonAncestorPath } from '../organizations/organization-paths.ts';
import { changeVolunteerRecord } from './change-volunteer-record.ts';
import { findVolunteerFor } from './find-volunteer.ts';
import { registryRootFor } from './registries.ts';
import { createVolunteerRecordsRepository } from './volunteer-records.repository.ts';
import { canManageVolunteer, canManageVolunteersIn } from './volunteers.policy.ts';

const teamNotFound = () => new AppError('volunteers.team_not_found', 404);

function extraFieldOf(field: string): VolunteerExtraField {
  if (!isVolunteerExtraField(field))
    throw new AppError('validation.failed', 400, [{ path: 'params.field', issue: 'invalid_value' }]);
  return field;
}

/**
 * Teams, trainings, qualifications and consented extra fields of a volunteer. Each change needs volunteers.manage
 * over the volunteer, is audited, and answers with the updated profile.
 */
export function createVolunteerRecordsService(deps: AppDeps) {
  const { db, clock } = deps;
  const records = createVolunteerRecordsRepository(db);
  const manageable = (actor: Actor, id: string) => findVolunteerFor(db, actor, id, canManageVolunteer);

  return {
    /** Joins a team of the volunteer's registry (or changes the role in it); the team must be in the actor's reach. */
    async setTeam(actor: Actor, id: string, teamId: string, role: TeamRole, meta: RequestMeta) {
      const volunteer = await manageable(actor, id);
      const team = await findOrganizationFor(db, actor, teamId, canManageVolunteersIn, teamNotFound);
      if (team.kind !== 'volunteer_team' || (await registryRootFor(db, team)).id !== volunteer.registryId)
        throw teamNotFound();
      const existing = await records.findTeam(id, teamId);
      // Filed where both the volunteer's home and the team's coordinators see it.
      const scopePath = commonAncestorPath([volunteer.homePath, team.path]);
      const entry = existing
        ? { before: { teamId, role: existing.role }, after: { teamId, role }, action: 'volunteers.team_role' }
        : { after: { teamId, role }, action: 'volunteers.team_join' };
      try {
        return await changeVolunteerRecord(
          deps,
          { actor, meta },
          volunteer,
          { ...entry, entityType: 'volunteer', entityId: id, scopePath },
          (trx, now) => {
            const repository = createVolunteerRecordsRepository(trx);
            if (existing) return repository.updateTeamRole(existing.id, role);
            return repository.insertTeam({
              id: newId(),
              volunteerId: id,
              teamId,
              teamPath: team.path,
              role,
              joinedAt: now,
              createdBy: actor.userId,
            });
          },
        );
      } catch (error) {
        // Two coordinators adding the same volunteer to the same team at once: one insert wins.
        throw isUniqueViolation(error) ? new AppError('volunteers.team_duplicate', 409) : error;
      }
    },

    async leaveTeam(actor: Actor, id: string, teamId: string, meta: RequestMeta) {
      const volunteer = await manageable(actor, id);
      const membership = await records.findTeam(id, teamId);
      if (!membership) throw teamNotFound();
      return changeVolunteerRecord(
        deps,
        { actor, meta },
        volunteer,
        {
          action: 'volunteers.team_leave',
          entityType: 'volunteer',
          entityId: id,
          before: { teamId, role: membership.role },
          scopePath: commonAncestorPath([volunteer.homePath, membership.teamPath]),
        },
        (trx) => createVolunteerRecordsRepository(trx).deleteTeam(membership.id),
      );
    },

    async addTraining(actor: Actor, id: string, input: VolunteerTrainingCreate, meta: RequestMeta) {
      const volunteer = await manageable(actor, id);
      const training = {
        id: newId(),
        volunteerId: id,
        course: input.course,
        provider: input.provider ?? null,
        trainedOn: input.trainedOn,
        hundredths: Math.round(input.hours * 100),
        result: input.result ?? null,
        createdBy: actor.userId,
      };
      return changeVolunteerRecord(
        deps,
        { actor, meta },
        volunteer,
        { action: 'volunteers.training_add', entityType: 'volunteer_training', entityId: training.id, after: training },
        (trx, now) => createVolunteerRecordsRepository(trx).insertTraining({ ...training, createdAt: now }),
      );
    },

    async removeTraining(actor: Actor, id: string, trainingId: string, meta: RequestMeta) {
      const volunteer = await manageable(actor, id);
      const training = await records.findTraining(id, trainingId);
      if (!training) throw new AppError('volunteers.training_not_found', 404);
      return changeVolunteerRecord(
        deps,
        { actor, meta },
        volunteer,
        {
          action: 'volunteers.training_remove',
          entityType: 'volunteer_training',
          entityId: trainingId,
          before: training,
        },
        (trx) => createVolunteerRecordsRepository(trx).deleteTraining(trainingId),
      );
    },

    async addQualification(actor: Actor, id: string, input: VolunteerQualificationCreate, meta: RequestMeta) {
      const volunteer = await manageable(actor, id);
      const qualification = {
        id: newId(),
        volunteerId: id,
        name: input.name,
        certificateNo: input.certificateNo ?? null,
        issuedOn: input.issuedOn ?? null,
        expiresOn: input.expiresOn ?? null,
        createdBy: actor.userId,
      };
      return changeVolunteerRecord(
        deps,
        { actor, meta },
        volunteer,
        {
          action: 'volunteers.qualification_add',
          entityType: 'volunteer_qualification',
          entityId: qualification.id,
          after: qualification,
        },
        (trx, now) => createVolunteerRecordsRepository(trx).insertQualification({ ...qualification, createdAt: now }),
      );
    },

    async removeQualification(actor: Actor, id: string, qualificationId: string, meta: RequestMeta) {
      const volunteer = await manageable(actor, id);
      const qualification = await records.findQualification(id, qualificationId);
      if (!qualification) throw new AppError('volunteers.qualification_not_found', 404);
      return changeVolunteerRecord(
        deps,
        { actor, meta },
        volunteer,
        {
          action: 'volunteers.qualification_remove',
          entityType: 'volunteer_qualification',
          entityId: qualificationId,
          before: qualification,
        },
        (trx) => createVolunteerRecordsRepository(trx).deleteQualification(qualificationId),
      );
    },

    /**
     * Keeps an optional personal field, only with the volunteer's consent recorded beside it. The audit trail names
     * the field and the consent but never the value: withdrawing consent must leave no copy behind.
     */
    async setExtraField(actor: Actor, id: string, name: string, input: VolunteerExtraFieldBody, meta: RequestMeta) {
      const field = extraFieldOf(name);
      const volunteer = await manageable(actor, id);
      const consent = input.consent;
      if (!consent) throw new AppError('volunteers.consent_required', 400, [{ path: 'body.consent' }]);
      const now = clock.now();
      if (consent.consentedAt !== undefined && consent.consentedAt > now)
        throw new AppError('validation.failed', 400, [{ path: 'body.consent.consentedAt', issue: 'future' }]);
      const consentedAt = consent.consentedAt ?? now;
      return changeVolunteerRecord(
        deps,
        { actor, meta },
        volunteer,
        {
          action: 'volunteers.extra_field_set',
          entityType: 'volunteer',
          entityId: id,
          after: { field, consentedAt, consentMethod: consent.method },
        },
        (trx) =>
          createVolunteerRecordsRepository(trx).upsertExtraField({
            volunteerId: id,
            field,
            value: input.value,
            consentedAt,
            consentMethod: consent.method,
            recordedBy: actor.userId,
          }),
      );
    },

    /** Withdrawal of consent: the value is deleted, not hidden. */
    async removeExtraField(actor: Actor, id: string, name: string, meta: RequestMeta) {
      const field = extraFieldOf(name);
      const volunteer = await manageable(actor, id);
      if (!(await records.findExtraField(id, field))) throw new AppError('volunteers.extra_field_not_found', 404);
      return changeVolunteerRecord(
        deps,
        { actor, meta },
        volunteer,
        { action: 'volunteers.extra_field_withdraw', entityType: 'volunteer', entityId: id, before: { field } },
        (trx) => createVolunteerRecordsRepository(trx).deleteExtraField(id, field),
      );
    },
  };
}
