/** Error codes of the service-hours ledger and its approval. */
export const SERVICE_HOURS_ERROR_CODES = [
  'hours.not_found',
  'hours.self_approval',
  'hours.already_decided',
  'hours.future_date',
  'hours.correction_target',
  'hours.already_voided',
  'hours.negative_total',
  'hours.correction_pending',
  'hours.correction_unchanged',
] as const;
