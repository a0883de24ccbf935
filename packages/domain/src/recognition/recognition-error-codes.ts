/** Error codes of star levels and service certificates. */
export const RECOGNITION_ERROR_CODES = [
  'stars.not_found',
  'stars.not_eligible',
  'stars.transition',
  'stars.duplicate',
  'certificates.not_found',
  'certificates.no_hours',
  'certificates.period',
  'certificates.already_revoked',
] as const;
