import type { CheckFlag, CheckKind, CheckMethod, CheckResult, ErrorCode, Participation } from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import { createGroupCommit } from '../../db/group-commit.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { distanceMetres } from '../../lib/geo.ts';
import { newId } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { recordCheckOutHours } from './check-out-hours.ts';
import { issueCardToken, issueShiftToken, readCardToken, readShiftToken } from './checkin-tokens.ts';
import { checkinWindowOf } from './checkin-window.ts';
import { canLeadShift } from './participations.policy.ts';
import { createParticipationsRepository, type ShiftContext } from './participations.repository.ts';
import { type PresentableRow, toParticipation } from './present-participation.ts';

/** A volunteer still checked in this long after the shift ends is checked out at its end, flagged. */
export const AUTO_CHECKOUT_GRACE_MS = 60 * 60_000;

interface CheckRequest {
  kind: CheckKind;
  method: CheckMethod;
  idempotencyKey: string;
  location?: { latitude: number; longitude: number; accuracyM?: number | undefined } | null;
  at?: number | undefined;
}

const refuse = (code: ErrorCode, details?: unknown) => new AppError(code, 409, details);

export function createCheckinService({ db, clock, config, keys }: AppDeps) {
  const repository = createParticipationsRepository(db);
  // At an event's gate check-ins come in bursts; one commit for each turn's worth keeps the queue short.
  const commit = createGroupCommit(db);
  const timeZone = config.timeZone;

  async function findShift(shiftId: string) {
    const shift = await repository.findShiftContext(shiftId);
    if (!shift) throw new AppError('shifts.not_found', 404);
    return shift;
  }

  async function findLedShift(actor: Actor, shiftId: string) {
    const shift = await findShift(shiftId);
    if (!canLeadShift(actor, shift, shift.leadVolunteerUserId)) throw new AppError('shifts.not_found', 404);
    return shift;
  }

  function tokenShiftId(token: string, now: number): string {
    const read = readShiftToken(keys, token, now);
    if ('problem' in read)
      throw new AppError(read.problem === 'expired' ? 'checkin.token_expired' : 'checkin.token_invalid', 400, {
        path: 'body.token',
      });
    return read.shiftId;
  }

  /** Why `kind` cannot happen now, or null when it can. Roster check-ins may be late; they are flagged instead. */
  function blocker(
    participation: PresentableRow,
    kind: CheckKind,
    window: { opensAt: number; closesAt: number },
    shift: ShiftContext,
    now: number,
    lateAllowed: boolean,
  ): ErrorCode | null {
    if (participation.state === 'completed')
      return kind === 'in' ? 'checkin.already_checked_in' : 'checkin.already_checked_out';
    if (participation.state !== 'confirmed') return 'checkin.not_signed_up';
    if (kind === 'in') {
      if (participation.checkedInAt !== null) return 'checkin.already_checked_in';
      const closesAt = lateAllowed ? shift.endsAt : window.closesAt;
      return now < window.opensAt || now > closesAt ? 'checkin.window_closed' : null;
    }
    if (participation.checkedInAt === null) return 'checkin.not_checked_in';
    if (participation.checkedOutAt !== null) return 'checkin.already_checked_out';
    return now > shift.endsAt + AUTO_CHECKOUT_GRACE_MS ? 'checkin.window_closed' : null;
  }

  function geofenceFlags(shift: ShiftContext, request: CheckRequest): { flags: CheckFlag[]; distanceM: number | null } {
    if (request.method !== 'rotating_qr' || shift.latitude === null || shift.longitude === null || !shift.geofenceM)
      return { flags: [], distanceM: null };
    if (!request.location) return { flags: ['no_location'], distanceM: null };
    const distanceM = Math.round(
      distanceMetres(request.location, { latitude: shift.latitude, longitude: shift.longitude }),
    );
    // A phone's fix is a circle, not a point: only a fix wholly outside the fence (allowing up to 200 m of
    // reported inaccuracy) is flagged, so indoor GPS drift does not flag honest volunteers.
    const slack = Math.min(request.location.accuracyM ?? 0, 200);
    return { flags: distanceM - slack > shift.geofenceM ? ['outside_geofence'] : [], distanceM };
  }

  function result(
    participation: Participation,
    shift: ShiftContext,
    event: { kind: CheckKind; at: number; method: CheckMethod; flags: CheckFlag[]; distanceM: number | null },
    creditedHundredths: number | null,
  ): CheckResult {
    return { participation, ...event, creditedHundredths, activityTitle: shift.activityTitle };
  }

  /**
   * A retried request (same key, lost response): the outcome it already had, changing nothing. `current` is the
   * participation as it stands after that request, read once it had committed.
   */
  async function replay(
    actor: Actor,
    shift: ShiftContext,
    current: PresentableRow,
    request: CheckRequest,
    meta: RequestMeta & { markAudited?: () => void },
  ) {
    const event = await repository.findCheckEventByKey(`${actor.userId}:${request.idempotencyKey}`);
    if (!event) return null;
    if (event.participationId !== current.id || event.kind !== request.kind)
      throw refuse('checkin.idempotency_conflict');
    const flags = JSON.parse(event.flags) as CheckFlag[];
    // A replay writes nothing: the audit event of the original request stands for it.
    meta.markAudited?.();
    return result(toParticipation(current), shift, { ...event, flags }, null);
  }

  async function check(
    actor: Actor,
    shift: ShiftContext,
    participation: PresentableRow,
    request: CheckRequest,
    meta: RequestMeta,
  ): Promise<CheckResult> {
    const now = clock.now();
    const window = await checkinWindowOf(db, shift);
    const problem = blocker(participation, request.kind, window, shift, now, request.method !== 'rotating_qr');
    if (problem) {
      const replayed = await replay(actor, shift, participation, request, meta);
      if (replayed) return replayed;
      throw refuse(problem, { opensAt: window.opensAt, closesAt: window.closesAt });
    }

    const at = request.at !== undefined ? Math.min(Math.max(request.at, window.opensAt), now) : now;
    const geo = geofenceFlags(shift, request);
    const flags: CheckFlag[] = [...geo.flags];
    if (request.kind === 'in' && at > window.closesAt) flags.push('late_checkin');
    const allFlags = [...new Set([...(JSON.parse(participation.flags) as CheckFlag[]), ...flags])];
    const changes =
      request.kind === 'in'
        ? { checkedInAt: at, flags: JSON.stringify(allFlags), updatedAt: now }
        : {
            checkedOutAt: at,
            state: 'completed' as const,
            endedAt: at,
            flags: JSON.stringify(allFlags),
            updatedAt: now,
          };
    let credited: number | null = null;
    try {
      await commit(async (trx) => {
        const tx = createParticipationsRepository(trx);
        await tx.insertCheckEvent({
          id: newId(),
          participationId: participation.id,
          kind: request.kind,
          at,
          method: request.method,
          latitude: request.location?.latitude ?? null,
          longitude: request.location?.longitude ?? null,
          accuracyM: request.location?.accuracyM !== undefined ? Math.round(request.location.accuracyM) : null,
          distanceM: geo.distanceM,
          flags: JSON.stringify(flags),
          recordedBy: actor.userId,
          idempotencyKey: `${actor.userId}:${request.idempotencyKey}`,
        });
        if (!(await tx.transition(participation.id, ['confirmed'], changes))) throw refuse('checkin.not_signed_up');
        if (request.kind === 'out')
          credited = await recordCheckOutHours(trx, shift, participation, at, actor.userId, timeZone);
        await recordAudit(
          trx,
          { actor, meta, now },
          {
            action: `checkin.${request.kind}`,
            entityType: 'participation',
            entityId: participation.id,
            after: { method: request.method, at, flags },
            scopePath: shift.organizationPath,
          },
        );
      });
    } catch (error) {
      // Two copies of one request racing: the idempotency key's unique index let the first through.
      if (!isUniqueViolation(error)) throw error;
      const current = await repository.findPresentable(participation.id);
      const replayed = current ? await replay(actor, shift, current, request, meta) : null;
      if (replayed) return replayed;
      throw error;
    }
    // The update matched the row as read (still confirmed), so the row as it is now is that row with the changes.
    return result(
      toParticipation({ ...participation, ...changes }),
      shift,
      { kind: request.kind, at, method: request.method, flags, distanceM: geo.distanceM },
      credited,
    );
  }

  return {
    /** The code the lead's screen shows now, and when to fetch the next. */
    async issueToken(actor: Actor, shiftId: string) {
      const shift = await findLedShift(actor, shiftId);
      if (shift.status !== 'open' || shift.activityStatus !== 'published') throw refuse('participations.signup_closed');
      const issued = issueShiftToken(keys, shift.id, clock.now());
      return { ...issued, path: `/checkin/${issued.token}` };
    },

    /** What the scanned page shows before the volunteer taps: the shift, their place on it and what comes next. */
    async preview(actor: Actor, token: string) {
      const now = clock.now();
      const shift = await findShift(tokenShiftId(token, now));
      const participation = await repository.findPresentableForShiftAndUser(shift.id, actor.userId);
      const window = await checkinWindowOf(db, shift);
      let next: 'in' | 'out' | 'done' | 'none' = 'none';
      let blockedCode: ErrorCode | null = 'checkin.not_signed_up';
      if (participation) {
        const kind: CheckKind = participation.checkedInAt === null ? 'in' : 'out';
        blockedCode = blocker(participation, kind, window, shift, now, false);
        next = participation.state === 'completed' ? 'done' : blockedCode ? 'none' : kind;
        if (participation.state === 'completed') blockedCode = null;
      }
      return {
        shiftId: shift.id,
        activityTitle: shift.activityTitle,
        role: shift.role,
        address: shift.address,
        startsAt: shift.startsAt,
        endsAt: shift.endsAt,
        checkinOpensAt: window.opensAt,
        checkinClosesAt: window.closesAt,
        hasGeofence: shift.latitude !== null && shift.longitude !== null && shift.geofenceM !== null,
        participation: participation ? toParticipation(participation) : null,
        next,
        blockedCode,
      };
    },

    /** The volunteer, signed in on their phone, checks in or out with the lead's rotating code. */
    async checkWithShiftCode(
      actor: Actor,
      body: { token: string; kind: CheckKind; idempotencyKey: string; location?: CheckRequest['location'] },
      meta: RequestMeta,
    ) {
      const shift = await findShift(tokenShiftId(body.token, clock.now()));
      const participation = await repository.findPresentableForShiftAndUser(shift.id, actor.userId);
      if (!participation) throw refuse('checkin.not_signed_up');
      return check(actor, shift, participation, { ...body, method: 'rotating_qr' }, meta);
    },

    /** The lead ticks a volunteer in or out on the roster (no phone needed on the volunteer's side). */
    async checkFromRoster(
      actor: Actor,
      participationId: string,
      body: { kind: CheckKind; idempotencyKey: string; at?: number | undefined },
      meta: RequestMeta,
    ) {
      const participation = await repository.findPresentable(participationId);
      if (!participation) throw new AppError('participations.not_found', 404);
      const shift = await findLedShift(actor, participation.shiftId).catch(() => {
        throw new AppError('participations.not_found', 404);
      });
      return check(actor, shift, participation, { ...body, method: 'roster' }, meta);
    },

    /** The lead scans a volunteer's personal code for this shift. */
    async checkWithCard(
      actor: Actor,
      shiftId: string,
      body: { token: string; kind: CheckKind; idempotencyKey: string },
      meta: RequestMeta,
    ) {
      const shift = await findLedShift(actor, shiftId);
      const volunteerId = readCardToken(keys, body.token);
      if (!volunteerId) throw new AppError('checkin.token_invalid', 400, { path: 'body.token' });
      const participation = await repository.findPresentableForShiftAndVolunteer(shift.id, volunteerId);
      if (!participation) throw refuse('checkin.not_signed_up');
      return check(actor, shift, participation, { ...body, method: 'personal_qr' }, meta);
    },

    /** The signed-in volunteer's personal codes, one per registry they belong to. */
    async personalCodes(actor: Actor) {
      const mine = await repository.findVolunteersOfUser(actor.userId, null);
      return mine.map((volunteer) => ({
        volunteerId: volunteer.id,
        localNo: volunteer.localNo,
        token: issueCardToken(keys, volunteer.id),
      }));
    },
  };
}
