import type { VolunteerProfile } from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import type { Db } from '../../db/create-db.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { calendarDayOf } from '../../lib/calendar.ts';
import { type AuditEntry, recordAudit } from '../audit/record-audit.ts';
import type { VolunteerWithTeams } from './find-volunteer.ts';
import { loadVolunteerProfile } from './load-volunteer-profile.ts';

type Entry = Omit<AuditEntry, 'scopePath'> & { scopePath?: string | null };

/**
 * Runs `write` and its audit entry in one transaction (filed under the volunteer's home unless the entry says
 * otherwise), then answers with the profile as it now is: every change to a volunteer's records goes through here.
 */
export async function changeVolunteerRecord(
  { db, clock, config }: Pick<AppDeps, 'db' | 'clock' | 'config'>,
  context: { actor: Actor; meta: RequestMeta },
  volunteer: VolunteerWithTeams,
  entry: Entry | ((now: number) => Entry),
  write: (trx: Db, now: number) => Promise<unknown>,
): Promise<VolunteerProfile> {
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    await write(trx, now);
    const audit = typeof entry === 'function' ? entry(now) : entry;
    await recordAudit(trx, { ...context, now }, { scopePath: volunteer.homePath, ...audit });
  });
  return loadVolunteerProfile(db, volunteer.id, calendarDayOf(now, config.timeZone));
}
