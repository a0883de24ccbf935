import {
  type HoursCorrection,
  type HoursEntry,
  type HoursKind,
  type HoursVoid,
  hundredthsOfHours,
  MANUAL_CREDIT_RULE,
} from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { insertHoursEntry } from './insert-hours-entry.ts';
import { presentHoursEntry } from './present-hours-entry.ts';
import { canCorrectEntry } from './service-hours.policy.ts';
import { createServiceHoursRepository } from './service-hours.repository.ts';
import { hoursNotFound, placementOf } from './service-hours.service.ts';

interface Amounts {
  creditedHundredths: number;
  rawMinutes: number;
}

/**
 * Corrections and voids: never an update of the original, always a new pending entry referencing it whose amounts are
 * the signed change, so the approved total stays a plain sum. An original takes one pending change at a time, and
 * nothing after its void.
 */
export function createHoursCorrectionsService({ db, clock }: AppDeps) {
  /**
   * Appends a change of `kind` to the approved original `id`. `change` gets the original's approved net (original
   * plus approved corrections) and returns the signed change to record.
   */
  async function appendChange(
    actor: Actor,
    id: string,
    kind: Exclude<HoursKind, 'original'>,
    reason: string,
    change: (net: Amounts) => Amounts,
    meta: RequestMeta,
  ): Promise<HoursEntry> {
    const now = clock.now();
    const changeId = newId();
    await db.transaction().execute(async (trx) => {
      const repository = createServiceHoursRepository(trx);
      const [placement] = await repository.findForChange([id]);
      if (!placement) throw hoursNotFound();
      const teamPaths = await repository.teamPathsOf([placement.volunteerId]);
      if (!canCorrectEntry(actor, placementOf(placement, teamPaths, placement.volunteerId))) throw hoursNotFound();
      // A correction of a correction would make chains of chains; a pending or declined entry is decided instead.
      if (placement.kind !== 'original' || placement.status !== 'approved')
        throw new AppError('hours.correction_target', 409);

      await repository.lockVolunteer(placement.volunteerId);
      const original = await repository.findRow(id);
      if (!original) throw hoursNotFound();
      const changes = (await repository.changesOf(id)).filter((row) => row.status !== 'declined');
      if (changes.some((row) => row.kind === 'void')) throw new AppError('hours.already_voided', 409);
      if (changes.some((row) => row.status === 'pending')) throw new AppError('hours.correction_pending', 409);
      const net = changes.reduce(
        (total, row) => ({
          creditedHundredths: total.creditedHundredths + row.creditedHundredths,
          rawMinutes: total.rawMinutes + row.rawMinutes,
        }),
        { creditedHundredths: original.creditedHundredths, rawMinutes: original.rawMinutes },
      );
      const delta = change(net);

      const recording = actor.actingOrganization ?? {
        id: original.recordingOrganizationId,
        path: original.recordingPath,
      };
      // Kept from the original: whose and which service it was, and its service date, so period totals net out.
      await insertHoursEntry(trx, {
        ...original,
        id: changeId,
        recordingOrganizationId: recording.id,
        recordingPath: recording.path,
        participationId: null,
        startedAt: null,
        endedAt: null,
        rawMinutes: delta.rawMinutes,
        creditedHundredths: delta.creditedHundredths,
        roundingRule: JSON.stringify(MANUAL_CREDIT_RULE),
        source: 'coordinator',
        kind,
        correctsEntryId: id,
        content: reason,
        recordedBy: actor.userId,
        recordedAt: now,
        evaluationRating: null,
        evaluationComment: null,
        status: 'pending',
        decidedBy: null,
        decidedAt: null,
        decisionNote: null,
        importId: null,
      });
      await recordAudit(
        trx,
        { actor, meta, now },
        {
          action: kind === 'void' ? 'service_hours.void' : 'service_hours.correct',
          entityType: 'service_hours_entry',
          entityId: changeId,
          after: {
            correctsEntryId: id,
            creditedHundredths: delta.creditedHundredths,
            rawMinutes: delta.rawMinutes,
            netBefore: net.creditedHundredths,
            netAfter: net.creditedHundredths + delta.creditedHundredths,
            reason,
          },
          scopePath: original.unitPath,
        },
      );
    });
    const row = await createServiceHoursRepository(db).findDetailed(changeId);
    if (!row) throw hoursNotFound();
    return presentHoursEntry(row, actor.userId);
  }

  return {
    /** Sets what the original credits in total (and optionally its raw minutes), as a pending correction entry. */
    correct(actor: Actor, id: string, body: HoursCorrection, meta: RequestMeta): Promise<HoursEntry> {
      return appendChange(
        actor,
        id,
        'correction',
        body.reason,
        (net) => {
          const credited = hundredthsOfHours(body.creditedHours);
          if (credited < 0) throw new AppError('hours.negative_total', 400, [{ path: 'body.creditedHours' }]);
          const delta = {
            creditedHundredths: credited - net.creditedHundredths,
            rawMinutes: (body.rawMinutes ?? net.rawMinutes) - net.rawMinutes,
          };
          if (delta.creditedHundredths === 0 && delta.rawMinutes === 0)
            throw new AppError('hours.correction_unchanged', 409);
          return delta;
        },
        meta,
      );
    },

    /** Cancels the original's approved net, as a pending void entry. */
    void(actor: Actor, id: string, body: HoursVoid, meta: RequestMeta): Promise<HoursEntry> {
      return appendChange(
        actor,
        id,
        'void',
        body.reason,
        (net) => ({ creditedHundredths: -net.creditedHundredths, rawMinutes: -net.rawMinutes }),
        meta,
      );
    },
  };
}

export type HoursCorrectionsService = ReturnType<typeof createHoursCorrectionsService>;
