import type { Writable } from 'node:stream';
import type { HoursEntry, HoursFilter } from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { calendarDayOf } from '../../lib/calendar.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { writeLedgerWorkbook } from './ledger-workbook.ts';
import { presentHoursEntry } from './present-hours-entry.ts';
import { assertCanReadLedger } from './service-hours.policy.ts';
import { createServiceHoursRepository, type LedgerQuery } from './service-hours.repository.ts';
import { ledgerQueryFor } from './service-hours.service.ts';

const BATCH_SIZE = 1000;

export interface LedgerExport {
  fileName: string;
  rowCount: number;
  /** Streams the workbook into `output` and ends it. */
  write(output: Writable): Promise<void>;
}

/** The ledger as xlsx: names and hours, no ID or phone numbers, with an audit event naming the row count. */
export function createHoursExportService({ db, clock, config }: AppDeps) {
  async function* batches(query: LedgerQuery, viewerUserId: string): AsyncIterable<HoursEntry[]> {
    const repository = createServiceHoursRepository(db);
    let after: { serviceDate: string; id: string } | null = null;
    for (;;) {
      const rows = await repository.batchAfter(query, after, BATCH_SIZE);
      if (rows.length === 0) return;
      yield rows.map((row) => presentHoursEntry(row, viewerUserId));
      const last = rows.at(-1)!;
      after = { serviceDate: last.serviceDate, id: last.id };
      if (rows.length < BATCH_SIZE) return;
    }
  }

  return {
    /** Checks access, counts and audits the export, and returns the writer for the route to stream. */
    async exportLedger(actor: Actor, filter: HoursFilter, meta: RequestMeta): Promise<LedgerExport> {
      assertCanReadLedger(actor);
      const query = await ledgerQueryFor(db, actor, filter);
      const { count } = await createServiceHoursRepository(db).summary(query);
      const now = clock.now();
      await db.transaction().execute((trx) =>
        recordAudit(
          trx,
          { actor, meta, now },
          {
            action: 'service_hours.export',
            entityType: 'service_hours_entry',
            entityId: null,
            after: { rowCount: count, filter },
          },
        ),
      );
      return {
        fileName: `服务时长-${calendarDayOf(now, config.timeZone)}.xlsx`,
        rowCount: count,
        write: (output) => writeLedgerWorkbook(output, batches(query, actor.userId), config.timeZone),
      };
    },
  };
}
