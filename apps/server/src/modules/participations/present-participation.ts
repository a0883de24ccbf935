import type { CheckFlag, Participation } from '@liandong/domain';
import type { Db } from '../../db/create-db.ts';
import { AppError } from '../../http/app-error.ts';
import { createParticipationsRepository, type ParticipationRow } from './participations.repository.ts';

export type PresentableRow = ParticipationRow & {
  volunteerName: string;
  volunteerLocalNo: string;
  volunteerPhoneMasked: string;
  evaluatorName: string | null;
};

/** The API shape of a participation row joined with its volunteer and evaluator. */
export function toParticipation(row: PresentableRow, waitlistPosition: number | null = null): Participation {
  return {
    id: row.id,
    shiftId: row.shiftId,
    activityId: row.activityId,
    volunteerId: row.volunteerId,
    volunteerName: row.volunteerName,
    volunteerLocalNo: row.volunteerLocalNo,
    volunteerPhoneMasked: row.volunteerPhoneMasked,
    state: row.state,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    requestedAt: row.requestedAt,
    confirmedAt: row.confirmedAt,
    checkedInAt: row.checkedInAt,
    checkedOutAt: row.checkedOutAt,
    flags: JSON.parse(row.flags) as CheckFlag[],
    waitlistPosition: row.state === 'waitlisted' ? waitlistPosition : null,
    evaluation:
      row.evaluationRating !== null && row.evaluatedAt !== null
        ? {
            rating: row.evaluationRating,
            comment: row.evaluationComment,
            evaluatedAt: row.evaluatedAt,
            evaluatorName: row.evaluatorName,
          }
        : null,
  };
}

/** Reads one participation back for a response, with its waitlist position when it has one. */
export async function presentParticipation(db: Db, id: string): Promise<Participation> {
  const repository = createParticipationsRepository(db);
  const row = await repository.findPresentable(id);
  if (!row) throw new AppError('participations.not_found', 404);
  const position = row.state === 'waitlisted' ? await repository.waitlistPosition(row) : null;
  return toParticipation(row, position);
}

/** Waitlist positions for a whole roster in one pass (rows come in request order). */
export function withWaitlistPositions(rows: PresentableRow[]): Participation[] {
  let position = 0;
  return rows.map((row) => toParticipation(row, row.state === 'waitlisted' ? ++position : null));
}
