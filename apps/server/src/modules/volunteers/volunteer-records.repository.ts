import type { TeamRole } from '@liandong/domain';
import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import type {
  GuardianConsentsTable,
  VolunteerExtraFieldsTable,
  VolunteerQualificationsTable,
  VolunteerTeamMembershipsTable,
  VolunteerTrainingsTable,
} from './volunteers.table.ts';

export type GuardianConsentRow = Selectable<GuardianConsentsTable>;

/** What hangs off a volunteer record: teams, trainings, qualifications, consented extra fields, guardian consents. */
export function createVolunteerRecordsRepository(db: Db) {
  return {
    /** Teams with their names, for one volunteer or several (the self-service list shows many records). */
    listTeams: (volunteerIds: readonly string[]) =>
      volunteerIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('volunteerTeamMemberships as t')
            .innerJoin('organizations as o', 'o.id', 't.teamId')
            .select(['t.volunteerId', 't.teamId', 'o.name', 't.role', 't.joinedAt'])
            .where('t.volunteerId', 'in', volunteerIds)
            .orderBy('t.joinedAt')
            .orderBy('t.id')
            .execute(),

    findTeam: (volunteerId: string, teamId: string) =>
      db
        .selectFrom('volunteerTeamMemberships')
        .selectAll()
        .where('volunteerId', '=', volunteerId)
        .where('teamId', '=', teamId)
        .executeTakeFirst(),

    insertTeam: (row: Insertable<VolunteerTeamMembershipsTable>) =>
      db.insertInto('volunteerTeamMemberships').values(row).execute(),

    updateTeamRole: (id: string, role: TeamRole) =>
      db.updateTable('volunteerTeamMemberships').set({ role }).where('id', '=', id).execute(),

    deleteTeam: (id: string) => db.deleteFrom('volunteerTeamMemberships').where('id', '=', id).execute(),

    listTrainings: (volunteerId: string) =>
      db
        .selectFrom('volunteerTrainings')
        .selectAll()
        .where('volunteerId', '=', volunteerId)
        .orderBy('trainedOn', 'desc')
        .orderBy('id')
        .execute(),

    findTraining: (volunteerId: string, id: string) =>
      db
        .selectFrom('volunteerTrainings')
        .selectAll()
        .where('volunteerId', '=', volunteerId)
        .where('id', '=', id)
        .executeTakeFirst(),

    insertTraining: (row: Insertable<VolunteerTrainingsTable>) =>
      db.insertInto('volunteerTrainings').values(row).execute(),

    deleteTraining: (id: string) => db.deleteFrom('volunteerTrainings').where('id', '=', id).execute(),

    listQualifications: (volunteerId: string) =>
      db
        .selectFrom('volunteerQualifications')
        .selectAll()
        .where('volunteerId', '=', volunteerId)
        .orderBy('createdAt')
        .orderBy('id')
        .execute(),

    findQualification: (volunteerId: string, id: string) =>
      db
        .selectFrom('volunteerQualifications')
        .selectAll()
        .where('volunteerId', '=', volunteerId)
        .where('id', '=', id)
        .executeTakeFirst(),

    insertQualification: (row: Insertable<VolunteerQualificationsTable>) =>
      db.insertInto('volunteerQualifications').values(row).execute(),

    deleteQualification: (id: string) => db.deleteFrom('volunteerQualifications').where('id', '=', id).execute(),

    listExtraFields: (volunteerId: string) =>
      db
        .selectFrom('volunteerExtraFields')
        .selectAll()
        .where('volunteerId', '=', volunteerId)
        .orderBy('field')
        .execute(),

    findExtraField: (volunteerId: string, field: string) =>
      db
        .selectFrom('volunteerExtraFields')
        .selectAll()
        .where('volunteerId', '=', volunteerId)
        .where('field', '=', field)
        .executeTakeFirst(),

    /** Sets the field's value with the consent it was given under (a new consent replaces the old one). */
    upsertExtraField: (row: Insertable<VolunteerExtraFieldsTable>) =>
      db
        .insertInto('volunteerExtraFields')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['volunteerId', 'field']).doUpdateSet({
            value: row.value,
            consentedAt: row.consentedAt,
            consentMethod: row.consentMethod,
            recordedBy: row.recordedBy ?? null,
          }),
        )
        .execute(),

    deleteExtraField: (volunteerId: string, field: string) =>
      db.deleteFrom('volunteerExtraFields').where('volunteerId', '=', volunteerId).where('field', '=', field).execute(),

    listGuardianConsents: (volunteerId: string) =>
      db
        .selectFrom('guardianConsents')
        .selectAll()
        .where('volunteerId', '=', volunteerId)
        .orderBy('consentedAt', 'desc')
        .orderBy('id')
        .execute(),

    findGuardianConsent: (volunteerId: string, id: string) =>
      db
        .selectFrom('guardianConsents')
        .selectAll()
        .where('volunteerId', '=', volunteerId)
        .where('id', '=', id)
        .executeTakeFirst(),

    insertGuardianConsent: (row: Insertable<GuardianConsentsTable>) =>
      db.insertInto('guardianConsents').values(row).execute(),

    /** Revokes once: a second revocation changes nothing and reports false. */
    async revokeGuardianConsent(id: string, now: number): Promise<boolean> {
      const result = await db
        .updateTable('guardianConsents')
        .set({ revokedAt: now })
        .where('id', '=', id)
        .where('revokedAt', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
