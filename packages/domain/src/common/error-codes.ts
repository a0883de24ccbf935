import { ACTIVITY_ERROR_CODES } from '../activities/activity-error-codes.ts';
import { PARTICIPATION_ERROR_CODES } from '../participations/participation-error-codes.ts';
import { RECOGNITION_ERROR_CODES } from '../recognition/recognition-error-codes.ts';
import { SERVICE_HOURS_ERROR_CODES } from '../service-hours/service-hours-error-codes.ts';
import { VOLUNTEER_ERROR_CODES } from '../volunteers/volunteer-error-codes.ts';

/**
 * Every error code the server may send. The web app owns the wording of each (zh-CN and en);
 * a test checks that both locale files name every code listed here.
 */
export const ERROR_CODES = [
  'http.not_found',
  'http.malformed_json',
  'http.payload_too_large',
  'http.unsupported_media_type',
  'http.rate_limited',
  'http.internal',
  'validation.failed',
  'auth.unauthenticated',
  'auth.invalid_credentials',
  'auth.locked',
  'auth.csrf_invalid',
  'auth.forbidden',
  'auth.wrong_password',
  'auth.password_too_weak',
  'auth.user_disabled',
  'auth.not_a_member',
  'setup.already_done',
  'setup.required',
  'users.not_found',
  'users.username_taken',
  'organizations.not_found',
  'organizations.parent_not_found',
  'organizations.cycle',
  'organizations.has_children',
  'organizations.uscc_invalid',
  'organizations.uscc_taken',
  'memberships.not_found',
  'memberships.duplicate',
  'memberships.last_admin',
  'regions.not_found',
  'regions.county_required',
  'streets.not_found',
  'streets.duplicate',
  'communities.not_found',
  'communities.duplicate',
  'grids.not_found',
  'grids.duplicate',
  'buildings.duplicate',
  'audit.not_found',
  ...VOLUNTEER_ERROR_CODES,
  ...ACTIVITY_ERROR_CODES,
  ...PARTICIPATION_ERROR_CODES,
  ...SERVICE_HOURS_ERROR_CODES,
  ...RECOGNITION_ERROR_CODES,
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The body of every error response. `message` is for developers; users read the web app's wording for `code`. */
export interface ErrorBody {
  code: ErrorCode;
  message?: string;
  details?: unknown;
}
