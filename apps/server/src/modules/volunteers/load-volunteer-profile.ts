import type { VolunteerProfile } from '@liandong/domain';
import type { Db } from '../../db/create-db.ts';
import { AppError } from '../../http/app-error.ts';
import { hoursTotalsByVolunteer } from '../service-hours/hours-totals.ts';
import { loadRegistrySettings } from './registries.ts';
import { presentVolunteerProfile } from './volunteer-presenter.ts';
import { createVolunteerRecordsRepository } from './volunteer-records.repository.ts';
import { createVolunteersRepository } from './volunteers.repository.ts';

/** The profile of a volunteer the caller has already found the actor may see; `today` is 'YYYY-MM-DD'. */
export async function loadVolunteerProfile(db: Db, id: string, today: string): Promise<VolunteerProfile> {
  const row = await createVolunteersRepository(db).findDetail(id);
  if (!row) throw new AppError('volunteers.not_found', 404);
  const records = createVolunteerRecordsRepository(db);
  const [settings, teams, trainings, qualifications, extraFields, guardianConsents, hours] = await Promise.all([
    loadRegistrySettings(db, row.registryId),
    records.listTeams([id]),
    records.listTrainings(id),
    records.listQualifications(id),
    records.listExtraFields(id),
    records.listGuardianConsents(id),
    hoursTotalsByVolunteer(db, [id]),
  ]);
  return presentVolunteerProfile(
    row,
    {
      teams,
      trainings,
      qualifications,
      extraFields,
      guardianConsents,
      hours: hours.get(id) ?? { approvedHundredths: 0, pendingHundredths: 0 },
    },
    settings,
    today,
  );
}
