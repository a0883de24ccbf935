import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/create-db.ts';

/*
 * The one definition of a service-hours total. The ledger is append-only and corrections and voids are signed rows
 * of their own, dated on the original's service date, so every total — a profile, "my hours", a certificate's
 * period, star eligibility, statistics — is the plain sum of `credited_hundredths` over approved rows, and no row is
 * ever read twice. Call these rather than writing the sum again.
 */

const column = (alias: string | undefined, name: string) => sql.ref(alias ? `${alias}.${name}` : name);

/**
 * `sum(credited_hundredths) over approved rows` as a SQL expression (0 when none), for aggregate queries of any
 * shape: `.select(sumApprovedHundredths('e').as('approved'))`. `alias` is the ledger table's alias in the query.
 * The value may come back as a string or bigint on PostgreSQL: wrap it in Number().
 */
export function sumApprovedHundredths(alias?: string): RawBuilder<number> {
  return sql<number>`coalesce(sum(case when ${column(alias, 'status')} = 'approved' then ${column(alias, 'creditedHundredths')} else 0 end), 0)`;
}

/** The same sum over rows still waiting for a decision. */
export function sumPendingHundredths(alias?: string): RawBuilder<number> {
  return sql<number>`coalesce(sum(case when ${column(alias, 'status')} = 'pending' then ${column(alias, 'creditedHundredths')} else 0 end), 0)`;
}

/** Approved service records: approved originals less approved voids. */
export function countApprovedRecords(alias?: string): RawBuilder<number> {
  const status = column(alias, 'status');
  const kind = column(alias, 'kind');
  return sql<number>`coalesce(sum(case when ${status} = 'approved' and ${kind} = 'original' then 1 when ${status} = 'approved' and ${kind} = 'void' then -1 else 0 end), 0)`;
}

export interface VolunteerHoursTotals {
  approvedHundredths: number;
  pendingHundredths: number;
  /** Approved service records (originals less voids). */
  entries: number;
}

/** An inclusive range of service dates ('YYYY-MM-DD'); either end may be left open. */
export interface ServicePeriod {
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * Approved and pending hours (in hundredths) and approved record counts of each volunteer, optionally within a
 * period of service dates. Every id asked for is in the map, with zeros when it has no entries.
 */
export async function hoursTotalsByVolunteer(
  db: Db,
  volunteerIds: readonly string[],
  period: ServicePeriod = {},
): Promise<Map<string, VolunteerHoursTotals>> {
  const totals = new Map<string, VolunteerHoursTotals>();
  for (const id of volunteerIds) totals.set(id, { approvedHundredths: 0, pendingHundredths: 0, entries: 0 });
  if (volunteerIds.length === 0) return totals;
  let query = db
    .selectFrom('serviceHoursEntries')
    .select([
      'volunteerId',
      sumApprovedHundredths().as('approved'),
      sumPendingHundredths().as('pending'),
      countApprovedRecords().as('entries'),
    ])
    .where('volunteerId', 'in', volunteerIds)
    .groupBy('volunteerId');
  if (period.from) query = query.where('serviceDate', '>=', period.from);
  if (period.to) query = query.where('serviceDate', '<=', period.to);
  for (const row of await query.execute()) {
    totals.set(row.volunteerId, {
      approvedHundredths: Number(row.approved),
      pendingHundredths: Number(row.pending),
      entries: Number(row.entries),
    });
  }
  return totals;
}

/** One volunteer's approved hours in hundredths, optionally within a period: what certificates and stars count. */
export async function approvedHundredthsOf(db: Db, volunteerId: string, period: ServicePeriod = {}): Promise<number> {
  const totals = await hoursTotalsByVolunteer(db, [volunteerId], period);
  return totals.get(volunteerId)?.approvedHundredths ?? 0;
}
