import type {
  HoursDecisionBody,
  HoursDecisionResult,
  HoursEntryDetail,
  HoursEntryPage,
  HoursFilter,
  HoursListQuery,
} from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import type { Db } from '../../db/create-db.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findOrganizationFor } from '../organizations/find-organization.ts';
import { isWithin } from '../organizations/organization-paths.ts';
import { scopePathOf } from '../organizations/organizations.policy.ts';
import { presentHoursEntry } from './present-hours-entry.ts';
import { assertCanReadLedger, canApproveEntry, canSeeEntry, isOwnEntry } from './service-hours.policy.ts';
import { createServiceHoursRepository, type LedgerQuery } from './service-hours.repository.ts';

export const hoursNotFound = (details?: unknown) => new AppError('hours.not_found', 404, details);

/** An entry's placement for the policy, from a row carrying its paths and the volunteer's teams. */
export const placementOf = (
  row: { unitPath: string; recordingPath: string; homePath: string },
  teamPaths: ReadonlyMap<string, string[]>,
  volunteerId: string,
) => ({
  unitPath: row.unitPath,
  recordingPath: row.recordingPath,
  homePath: row.homePath,
  teamPaths: teamPaths.get(volunteerId) ?? [],
});

/**
 * The repository's query for the actor and the user's filters: the acting subtree, and the chosen organization's
 * subtree when one is given (it must itself lie in scope, else organizations.not_found as for a missing one).
 */
export async function ledgerQueryFor(db: Db, actor: Actor, filter: HoursFilter): Promise<LedgerQuery> {
  const scopePath = scopePathOf(actor);
  const query: LedgerQuery = { ...filter, scopePath };
  if (filter.organizationId) {
    const organization = await findOrganizationFor(
      db,
      actor,
      filter.organizationId,
      (_actor, candidate) => scopePath === null || isWithin(candidate.path, scopePath),
    );
    query.withinPath = organization.path;
  }
  return query;
}

/** The approval workbench: listing, one entry with its chain, and deciding on entries in bulk. */
export function createServiceHoursService({ db, clock }: AppDeps) {
  return {
    async list(actor: Actor, { page, pageSize, ...filter }: HoursListQuery): Promise<HoursEntryPage> {
      assertCanReadLedger(actor);
      const query = await ledgerQueryFor(db, actor, filter);
      const repository = createServiceHoursRepository(db);
      const [rows, summary] = await Promise.all([
        repository.list(query, { page, pageSize }),
        repository.summary(query),
      ]);
      return {
        items: rows.map((row) => presentHoursEntry(row, actor.userId)),
        total: summary.count,
        page,
        pageSize,
        summary,
      };
    },

    /** One entry, the original it corrects (if any) and every correction and void of that original. */
    async get(actor: Actor, id: string): Promise<HoursEntryDetail> {
      assertCanReadLedger(actor);
      const repository = createServiceHoursRepository(db);
      const row = await repository.findDetailed(id);
      if (!row) throw hoursNotFound();
      const teamPaths = await repository.teamPathsOf([row.volunteerId]);
      const placement = placementOf({ ...row, homePath: row.volunteerHomePath }, teamPaths, row.volunteerId);
      if (!canSeeEntry(actor, placement)) throw hoursNotFound();
      const chain = await repository.chainOf(row.correctsEntryId ?? row.id);
      const sum = (status: string) =>
        chain.filter((link) => link.status === status).reduce((total, link) => total + link.creditedHundredths, 0);
      return {
        entry: presentHoursEntry(row, actor.userId),
        chain: chain.map((link) => presentHoursEntry(link, actor.userId)),
        net: { approvedHundredths: sum('approved'), pendingHundredths: sum('pending') },
      };
    },

    /**
     * Approves or declines every listed entry, or none: an id the actor cannot reach answers hours.not_found, an
     * entry of the actor's own volunteer record hours.self_approval, one already decided hours.already_decided (also
     * when another coordinator decides it in the same moment). One audit event per entry names who decided it.
     */
    async decide(actor: Actor, body: HoursDecisionBody, meta: RequestMeta): Promise<HoursDecisionResult> {
      const status = body.decision === 'approve' ? 'approved' : 'declined';
      const note = body.note ?? null;
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        const repository = createServiceHoursRepository(trx);
        const rows = await repository.findForChange(body.ids);
        const teamPaths = await repository.teamPathsOf(rows.map((row) => row.volunteerId));
        const reachable = new Map(
          rows
            .filter((row) => canApproveEntry(actor, placementOf(row, teamPaths, row.volunteerId)))
            .map((row) => [row.id, row]),
        );
        const missing = body.ids.filter((id) => !reachable.has(id));
        if (missing.length > 0) throw hoursNotFound({ ids: missing });
        const entries = [...reachable.values()];
        const own = entries.filter((row) => isOwnEntry(actor, row)).map((row) => row.id);
        if (own.length > 0) throw new AppError('hours.self_approval', 403, { ids: own });
        const decided = entries.filter((row) => row.status !== 'pending').map((row) => row.id);
        if (decided.length > 0) throw new AppError('hours.already_decided', 409, { ids: decided });

        const changed = await repository.decide(body.ids, { status, decidedBy: actor.userId, decidedAt: now, note });
        // Another decision committed between our read and our update: roll back rather than decide half.
        if (changed !== body.ids.length) throw new AppError('hours.already_decided', 409, { ids: body.ids });
        for (const entry of entries) {
          await recordAudit(
            trx,
            { actor, meta, now },
            {
              action: `service_hours.${body.decision}`,
              entityType: 'service_hours_entry',
              entityId: entry.id,
              before: { status: 'pending' },
              after: { status, decisionNote: note },
              scopePath: entry.unitPath,
            },
          );
        }
      });
      return { status, count: body.ids.length, decidedAt: now };
    },
  };
}

export type ServiceHoursService = ReturnType<typeof createServiceHoursService>;
