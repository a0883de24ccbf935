import { type AppliedRule, appliedRuleSchema, CHECK_FLAGS, type CheckFlag, type HoursEntry } from '@liandong/domain';
import type { LedgerRow } from './service-hours.repository.ts';

const KNOWN_FLAGS = new Set<string>(CHECK_FLAGS);

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The stored rule, or null when it no longer reads as one (an older rule shape is shown as unknown, not an error). */
function ruleOf(text: string | null): AppliedRule | null {
  const parsed = appliedRuleSchema.safeParse(parseJson(text));
  return parsed.success ? parsed.data : null;
}

function flagsOf(text: string | null): CheckFlag[] {
  const parsed = parseJson(text);
  return Array.isArray(parsed) ? parsed.filter((flag): flag is CheckFlag => KNOWN_FLAGS.has(flag)) : [];
}

/** A ledger row as the API shows it to `viewerUserId` (who may not decide on their own entries). */
export function presentHoursEntry(row: LedgerRow, viewerUserId: string): HoursEntry {
  return {
    id: row.id,
    registryId: row.registryId,
    volunteerId: row.volunteerId,
    volunteerName: row.volunteerName,
    volunteerLocalNo: row.volunteerLocalNo,
    activityId: row.activityId,
    activityTitle: row.activityTitle,
    participationId: row.participationId,
    serviceDate: row.serviceDate,
    startedAt: row.startedAt === null ? null : Number(row.startedAt),
    endedAt: row.endedAt === null ? null : Number(row.endedAt),
    rawMinutes: Number(row.rawMinutes),
    creditedHundredths: Number(row.creditedHundredths),
    roundingRule: ruleOf(row.roundingRule),
    source: row.source,
    kind: row.kind,
    correctsEntryId: row.correctsEntryId,
    place: row.place,
    content: row.content,
    recordingOrganizationId: row.recordingOrganizationId,
    recordingOrganizationName: row.recordingOrganizationName,
    leadUserId: row.leadUserId,
    leadName: row.leadName ?? row.leadDisplayName,
    recordedBy: row.recordedBy,
    recorderName: row.recorderName,
    recordedAt: Number(row.recordedAt),
    evaluation: row.evaluationRating === null ? null : { rating: row.evaluationRating, comment: row.evaluationComment },
    status: row.status,
    decidedBy: row.decidedBy,
    deciderName: row.deciderName,
    decidedAt: row.decidedAt === null ? null : Number(row.decidedAt),
    decisionNote: row.decisionNote,
    flags: flagsOf(row.participationFlags),
    ownEntry: row.volunteerUserId === viewerUserId,
  };
}
