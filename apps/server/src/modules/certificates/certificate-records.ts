import type { CertificateSnapshot } from '@liandong/domain';
import type { Db } from '../../db/create-db.ts';
import { createServiceHoursRepository, type LedgerRow } from '../service-hours/service-hours.repository.ts';

const BATCH = 1000;

/** The approved ledger rows of one volunteer with service dates in the period, oldest first. */
async function approvedRowsOf(db: Db, volunteerId: string, from: string, to: string): Promise<LedgerRow[]> {
  const repository = createServiceHoursRepository(db);
  const query = { scopePath: null, status: 'approved' as const, volunteerIds: [volunteerId], from, to };
  const rows: LedgerRow[] = [];
  let after: { serviceDate: string; id: string } | null = null;
  for (;;) {
    const batch = await repository.batchAfter(query, after, BATCH);
    rows.push(...batch);
    const last = batch.at(-1);
    if (!last || batch.length < BATCH) return rows;
    after = { serviceDate: last.serviceDate, id: last.id };
  }
}

/**
 * The service records a certificate lists for a period, newest first. The ledger holds corrections and voids as
 * signed rows of their own, referencing the original and dated on its day; here each original is one record with
 * its approved changes folded in, and a record they bring to zero (a void) is left out. The records therefore add up
 * to the plain sum over approved rows, which is the certificate's total.
 */
export async function certificateRecordsOf(
  db: Db,
  volunteerId: string,
  period: { from: string; to: string },
): Promise<CertificateSnapshot['records']> {
  const groups = new Map<string, LedgerRow[]>();
  for (const row of await approvedRowsOf(db, volunteerId, period.from, period.to)) {
    const key = row.correctsEntryId ?? row.id;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const records: (CertificateSnapshot['records'][number] & { recordedAt: number; id: string })[] = [];
  for (const rows of groups.values()) {
    const hundredths = rows.reduce((sum, row) => sum + Number(row.creditedHundredths), 0);
    if (hundredths === 0) continue;
    const base = rows.find((row) => row.kind === 'original') ?? rows[0]!;
    records.push({
      id: base.id,
      recordedAt: Number(base.recordedAt),
      date: base.serviceDate,
      title: base.activityTitle ?? base.content ?? '',
      content: base.content ?? '',
      hundredths,
      organization: base.recordingOrganizationName,
    });
  }
  records.sort((a, b) => b.date.localeCompare(a.date) || b.recordedAt - a.recordedAt || b.id.localeCompare(a.id));
  return records.map(({ date, title, content, hundredths, organization }) => ({
    date,
    title,
    content,
    hundredths,
    organization,
  }));
}
