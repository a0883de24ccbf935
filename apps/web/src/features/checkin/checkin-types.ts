import type {
  checkinPreviewSchema,
  checkinTokenSchema,
  myParticipationSchema,
  personalQrSchema,
} from '@liandong/domain';

// The domain exports these contracts as schemas only; their output types are what the API answers.

/** What the scanned page shows before the volunteer taps 签到/签退 (GET /api/checkin/preview). */
export type CheckinPreview = (typeof checkinPreviewSchema)['_output'];
/** The lead's rotating code (GET /api/shifts/:id/checkin-code). */
export type CheckinToken = (typeof checkinTokenSchema)['_output'];
/** A volunteer's personal code (GET /api/me/volunteer-cards). */
export type PersonalQr = (typeof personalQrSchema)['_output'];
/** One of the signed-in volunteer's places (GET /api/me/participations). */
export type MyParticipation = (typeof myParticipationSchema)['_output'];
