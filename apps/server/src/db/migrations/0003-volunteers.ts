import type { Kysely } from 'kysely';

/**
 * Volunteer linkage: the registry, activities (the platform's shared service record) with shifts and participation,
 * check-in events, the append-only service-hours ledger, insurance, star awards and certificates.
 * Hours are stored as integer hundredths so sums are exact on both dialects; encrypted values end in `_cipher`, their
 * keyed lookup hash in `_hash` and the masked display form in `_masked`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per registry root (a 义工联, or an organization that keeps its own volunteers): its rules as JSON
  // validated by the domain's federation settings schema, and the counter behind local volunteer numbers.
  await db.schema
    .createTable('volunteer_registries')
    .addColumn('organization_id', 'text', (c) => c.primaryKey().references('organizations.id'))
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('last_local_no', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_certificate_no', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('volunteers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('registry_id', 'text', (c) => c.notNull().references('organizations.id'))
    // The federation, station or team the volunteer registered with; scoping follows its path.
    .addColumn('home_organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('home_path', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('local_no', 'text', (c) => c.notNull())
    .addColumn('national_no', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_search', 'text', (c) => c.notNull())
    .addColumn('gender', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'text', (c) => c.notNull())
    .addColumn('id_type', 'text', (c) => c.notNull())
    .addColumn('id_number_cipher', 'text', (c) => c.notNull())
    .addColumn('id_number_hash', 'text', (c) => c.notNull())
    .addColumn('id_number_masked', 'text', (c) => c.notNull())
    .addColumn('phone_cipher', 'text', (c) => c.notNull())
    .addColumn('phone_hash', 'text', (c) => c.notNull())
    .addColumn('phone_masked', 'text', (c) => c.notNull())
    .addColumn('skills', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('availability', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('registered_at', 'bigint', (c) => c.notNull())
    .addColumn('approved_at', 'bigint')
    .addColumn('approved_by', 'text')
    .addColumn('status_changed_at', 'bigint', (c) => c.notNull())
    .addColumn('status_reason', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    // The same person registers once per registry: a second registration finds the first.
    .addUniqueConstraint('volunteers_registry_id_number_key', ['registry_id', 'id_number_hash'])
    .addUniqueConstraint('volunteers_registry_local_no_key', ['registry_id', 'local_no'])
    .addUniqueConstraint('volunteers_registry_user_key', ['registry_id', 'user_id'])
    .execute();
  await db.schema.createIndex('volunteers_home_path_idx').on('volunteers').columns(['home_path', 'status']).execute();
  await db.schema.createIndex('volunteers_user_idx').on('volunteers').column('user_id').execute();
  await db.schema.createIndex('volunteers_phone_idx').on('volunteers').columns(['registry_id', 'phone_hash']).execute();

  await db.schema
    .createTable('volunteer_team_memberships')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('volunteer_id', 'text', (c) => c.notNull().references('volunteers.id'))
    .addColumn('team_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('team_path', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('joined_at', 'bigint', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addUniqueConstraint('volunteer_team_memberships_key', ['volunteer_id', 'team_id'])
    .execute();
  await db.schema
    .createIndex('volunteer_team_memberships_team_idx')
    .on('volunteer_team_memberships')
    .column('team_path')
    .execute();

  await db.schema
    .createTable('volunteer_trainings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('volunteer_id', 'text', (c) => c.notNull().references('volunteers.id'))
    .addColumn('course', 'text', (c) => c.notNull())
    .addColumn('provider', 'text')
    .addColumn('trained_on', 'text', (c) => c.notNull())
    .addColumn('hundredths', 'integer', (c) => c.notNull())
    .addColumn('result', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('volunteer_trainings_volunteer_idx')
    .on('volunteer_trainings')
    .column('volunteer_id')
    .execute();

  await db.schema
    .createTable('volunteer_qualifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('volunteer_id', 'text', (c) => c.notNull().references('volunteers.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('certificate_no', 'text')
    .addColumn('issued_on', 'text')
    .addColumn('expires_on', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('volunteer_qualifications_volunteer_idx')
    .on('volunteer_qualifications')
    .column('volunteer_id')
    .execute();

  // A personal field beyond the legal minimum exists only with the volunteer's recorded consent (2012 办法 Art. 6).
  await db.schema
    .createTable('volunteer_extra_fields')
    .addColumn('volunteer_id', 'text', (c) => c.notNull().references('volunteers.id'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('consented_at', 'bigint', (c) => c.notNull())
    .addColumn('consent_method', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .addPrimaryKeyConstraint('volunteer_extra_fields_pk', ['volunteer_id', 'field'])
    .execute();

  await db.schema
    .createTable('guardian_consents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('volunteer_id', 'text', (c) => c.notNull().references('volunteers.id'))
    .addColumn('guardian_name', 'text', (c) => c.notNull())
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('phone_cipher', 'text', (c) => c.notNull())
    .addColumn('phone_masked', 'text', (c) => c.notNull())
    .addColumn('id_type', 'text')
    .addColumn('id_number_cipher', 'text')
    .addColumn('id_number_masked', 'text')
    .addColumn('consented_at', 'bigint', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('activity_id', 'text')
    .addColumn('expires_on', 'text')
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'bigint')
    .addColumn('recorded_by', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('guardian_consents_volunteer_idx')
    .on('guardian_consents')
    .column('volunteer_id')
    .execute();

  // The platform's shared service record: case work and project indicators will count these same rows.
  await db.schema
    .createTable('activities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('organization_path', 'text', (c) => c.notNull())
    // Whose volunteers staff it: the registry of the organizing organization unless chosen otherwise.
    .addColumn('registry_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content', 'text')
    .addColumn('lead_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('address', 'text')
    .addColumn('latitude', 'double precision')
    .addColumn('longitude', 'double precision')
    .addColumn('geofence_m', 'integer')
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('ends_at', 'bigint', (c) => c.notNull())
    .addColumn('beneficiary_group', 'text')
    .addColumn('risk_level', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('activities_path_starts_idx')
    .on('activities')
    .columns(['organization_path', 'starts_at'])
    .execute();
  await db.schema
    .createIndex('activities_registry_idx')
    .on('activities')
    .columns(['registry_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('activity_co_organizers')
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id'))
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('activity_co_organizers_pk', ['activity_id', 'organization_id'])
    .execute();

  await db.schema
    .createTable('shifts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('ends_at', 'bigint', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    // Kept in step with confirmed participations by a conditional update, so the last seat goes to exactly one.
    .addColumn('confirmed_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('required_skills', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('required_qualifications', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('min_age', 'integer')
    .addColumn('minors_allowed', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('signup_flow', 'text', (c) => c.notNull())
    .addColumn('waitlist_enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('lead_volunteer_id', 'text', (c) => c.references('volunteers.id'))
    .addColumn('checkin_opens_min', 'integer')
    .addColumn('checkin_closes_min', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('shifts_activity_idx').on('shifts').column('activity_id').execute();
  await db.schema.createIndex('shifts_starts_idx').on('shifts').column('starts_at').execute();

  await db.schema
    .createTable('participations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('shift_id', 'text', (c) => c.notNull().references('shifts.id'))
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id'))
    .addColumn('volunteer_id', 'text', (c) => c.notNull().references('volunteers.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    // Copied from the shift so the overlap check is one indexed range query per volunteer.
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('ends_at', 'bigint', (c) => c.notNull())
    .addColumn('requested_at', 'bigint', (c) => c.notNull())
    .addColumn('confirmed_at', 'bigint')
    .addColumn('ended_at', 'bigint')
    .addColumn('assigned_by', 'text')
    .addColumn('checked_in_at', 'bigint')
    .addColumn('checked_out_at', 'bigint')
    .addColumn('flags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('evaluation_rating', 'integer')
    .addColumn('evaluation_comment', 'text')
    .addColumn('evaluated_by', 'text')
    .addColumn('evaluated_at', 'bigint')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('participations_shift_volunteer_key', ['shift_id', 'volunteer_id'])
    .execute();
  await db.schema
    .createIndex('participations_volunteer_idx')
    .on('participations')
    .columns(['volunteer_id', 'starts_at'])
    .execute();
  await db.schema.createIndex('participations_shift_idx').on('participations').columns(['shift_id', 'state']).execute();

  await db.schema
    .createTable('check_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('participation_id', 'text', (c) => c.notNull().references('participations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('latitude', 'double precision')
    .addColumn('longitude', 'double precision')
    .addColumn('accuracy_m', 'integer')
    .addColumn('distance_m', 'integer')
    .addColumn('flags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('recorded_by', 'text')
    // A phone retrying after a lost response sends the same key; the unique index turns the retry into a no-op.
    .addColumn('idempotency_key', 'text', (c) => c.unique())
    .execute();
  await db.schema.createIndex('check_events_participation_idx').on('check_events').column('participation_id').execute();

  await db.schema
    .createTable('insurance_policies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('organization_path', 'text', (c) => c.notNull())
    .addColumn('insurer', 'text', (c) => c.notNull())
    .addColumn('policy_no', 'text', (c) => c.notNull())
    .addColumn('coverage_from', 'text', (c) => c.notNull())
    .addColumn('coverage_to', 'text', (c) => c.notNull())
    .addColumn('sum_insured_fen', 'bigint')
    // A group policy for every registered volunteer of the registry (as Xiamen's), else the listed volunteers only.
    .addColumn('covers_all_volunteers', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('insurance_policies_org_no_key', ['organization_id', 'policy_no'])
    .execute();
  await db.schema
    .createTable('insured_volunteers')
    .addColumn('policy_id', 'text', (c) => c.notNull().references('insurance_policies.id'))
    .addColumn('volunteer_id', 'text', (c) => c.notNull().references('volunteers.id'))
    .addPrimaryKeyConstraint('insured_volunteers_pk', ['policy_id', 'volunteer_id'])
    .execute();
  await db.schema
    .createTable('activity_insurance')
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id'))
    .addColumn('policy_id', 'text', (c) => c.notNull().references('insurance_policies.id'))
    .addColumn('attached_at', 'bigint', (c) => c.notNull())
    .addColumn('attached_by', 'text')
    .addPrimaryKeyConstraint('activity_insurance_pk', ['activity_id', 'policy_id'])
    .execute();

  // Append-only ledger: amounts are never updated or deleted. A correction or void is a new row whose amounts are
  // the signed change, referencing the original, so every total is a plain sum over approved rows.
  await db.schema
    .createTable('service_hours_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('registry_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('volunteer_id', 'text', (c) => c.notNull().references('volunteers.id'))
    // The volunteer's home organization when recorded, so statistics group by station and team without joins.
    .addColumn('unit_path', 'text', (c) => c.notNull())
    .addColumn('recording_organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('recording_path', 'text', (c) => c.notNull())
    .addColumn('activity_id', 'text', (c) => c.references('activities.id'))
    .addColumn('activity_type', 'text')
    .addColumn('participation_id', 'text')
    .addColumn('service_date', 'text', (c) => c.notNull())
    .addColumn('started_at', 'bigint')
    .addColumn('ended_at', 'bigint')
    .addColumn('raw_minutes', 'integer', (c) => c.notNull())
    .addColumn('credited_hundredths', 'integer', (c) => c.notNull())
    .addColumn('rounding_rule', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('corrects_entry_id', 'text')
    .addColumn('place', 'text')
    .addColumn('content', 'text')
    .addColumn('lead_user_id', 'text')
    .addColumn('lead_name', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'bigint', (c) => c.notNull())
    .addColumn('evaluation_rating', 'integer')
    .addColumn('evaluation_comment', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'bigint')
    .addColumn('decision_note', 'text')
    .addColumn('import_id', 'text')
    .execute();
  await db.schema
    .createIndex('service_hours_registry_date_idx')
    .on('service_hours_entries')
    .columns(['registry_id', 'status', 'service_date'])
    .execute();
  await db.schema
    .createIndex('service_hours_volunteer_idx')
    .on('service_hours_entries')
    .columns(['volunteer_id', 'service_date'])
    .execute();
  await db.schema
    .createIndex('service_hours_unit_date_idx')
    .on('service_hours_entries')
    .columns(['unit_path', 'service_date'])
    .execute();
  await db.schema
    .createIndex('service_hours_participation_idx')
    .on('service_hours_entries')
    .column('participation_id')
    .execute();

  await db.schema
    .createTable('star_awards')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('registry_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('volunteer_id', 'text', (c) => c.notNull().references('volunteers.id'))
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('approved_hundredths', 'integer', (c) => c.notNull())
    .addColumn('applied_at', 'bigint', (c) => c.notNull())
    .addColumn('applied_by', 'text')
    .addColumn('publicised_until', 'text')
    .addColumn('granted_at', 'bigint')
    .addColumn('granted_by', 'text')
    .addColumn('revoked_at', 'bigint')
    .addColumn('revoked_by', 'text')
    .addColumn('reason', 'text')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('star_awards_volunteer_idx').on('star_awards').column('volunteer_id').execute();

  // An Excel import: previewed first, then written all at once; the row counts let the page show progress.
  await db.schema
    .createTable('volunteer_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('registry_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('total_rows', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('processed_rows', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('imported_rows', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('problems', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('error_code', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('finished_at', 'bigint')
    .execute();

  // The certificate keeps what it certified, so a download years later shows the same figures.
  await db.schema
    .createTable('service_certificates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('verify_token', 'text', (c) => c.notNull().unique())
    .addColumn('registry_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('volunteer_id', 'text', (c) => c.notNull().references('volunteers.id'))
    .addColumn('issuer_organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    .addColumn('total_hundredths', 'integer', (c) => c.notNull())
    .addColumn('entry_count', 'integer', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('person_in_charge', 'text', (c) => c.notNull())
    .addColumn('handler_name', 'text', (c) => c.notNull())
    .addColumn('handler_contact', 'text')
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'bigint', (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'bigint')
    .addColumn('revoked_by', 'text')
    .addColumn('revoke_reason', 'text')
    .execute();
  await db.schema
    .createIndex('service_certificates_volunteer_idx')
    .on('service_certificates')
    .column('volunteer_id')
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only; restore a backup to go back.');
}
