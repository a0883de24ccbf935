import type { MyVolunteer } from '@liandong/domain';
import type { Db } from '../../db/create-db.ts';
import { createOrganizationsRepository } from '../organizations/organizations.repository.ts';
import { hoursTotalsByVolunteer } from '../service-hours/hours-totals.ts';
import { findVolunteersOfUser } from './find-volunteers-of-user.ts';
import { loadRegistrySettings } from './registries.ts';
import { skillDetailsOf } from './volunteer-presenter.ts';
import { createVolunteerRecordsRepository } from './volunteer-records.repository.ts';

/** The signed-in user's own volunteer records as the phone pages show them; an empty list when they have none. */
export async function listMyVolunteers(db: Db, userId: string): Promise<MyVolunteer[]> {
  const rows = await findVolunteersOfUser(db, userId);
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const records = createVolunteerRecordsRepository(db);
  const organizationIds = [...new Set(rows.flatMap((row) => [row.registryId, row.homeOrganizationId]))];
  const [organizations, teams, hours] = await Promise.all([
    createOrganizationsRepository(db).findManyByIds(organizationIds),
    records.listTeams(ids),
    hoursTotalsByVolunteer(db, ids),
  ]);
  const names = new Map(organizations.map((organization) => [organization.id, organization.name]));
  const items: MyVolunteer[] = [];
  for (const row of rows) {
    const settings = await loadRegistrySettings(db, row.registryId);
    items.push({
      id: row.id,
      registry: { id: row.registryId, name: names.get(row.registryId) ?? '' },
      homeOrganization: { id: row.homeOrganizationId, name: names.get(row.homeOrganizationId) ?? '' },
      localNo: row.localNo,
      name: row.name,
      status: row.status,
      registeredAt: row.registeredAt,
      teams: teams
        .filter((team) => team.volunteerId === row.id)
        .map(({ teamId, name, role, joinedAt }) => ({ teamId, name, role, joinedAt })),
      skills: skillDetailsOf(JSON.parse(row.skills) as string[], settings),
      approvedHundredths: hours.get(row.id)?.approvedHundredths ?? 0,
    });
  }
  return items;
}
