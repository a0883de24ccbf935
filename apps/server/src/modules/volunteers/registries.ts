import { defaultRegistrySettings, type RegistrySettings, registrySettingsSchema } from '@liandong/domain';
import type { Db } from '../../db/create-db.ts';
import { createOrganizationsRepository, type OrganizationRow } from '../organizations/organizations.repository.ts';

/** Kinds that are units of a registry rather than registries of their own. */
const UNIT_KINDS = new Set(['service_station', 'volunteer_team']);

/**
 * The registry an organization's volunteers belong to: the nearest 义工联 at or above it; failing one, the nearest
 * organization at or above it that is not a station or team (an agency keeping its own volunteer team).
 */
export async function registryRootFor(db: Db, organization: OrganizationRow): Promise<OrganizationRow> {
  const ids = organization.path.split('/').filter(Boolean);
  const chain = await createOrganizationsRepository(db).findManyByIds(ids);
  const byId = new Map(chain.map((row) => [row.id, row]));
  const upwards = ids
    .toReversed()
    .map((id) => byId.get(id))
    .filter((row): row is OrganizationRow => row !== undefined);
  return (
    upwards.find((row) => row.kind === 'volunteer_federation') ??
    upwards.find((row) => !UNIT_KINDS.has(row.kind)) ??
    organization
  );
}

/** The registry's saved settings with defaults for anything it never set. */
export async function loadRegistrySettings(db: Db, registryId: string): Promise<RegistrySettings> {
  const row = await db
    .selectFrom('volunteerRegistries')
    .select('settings')
    .where('organizationId', '=', registryId)
    .executeTakeFirst();
  if (!row) return defaultRegistrySettings();
  const parsed = registrySettingsSchema.safeParse(JSON.parse(row.settings));
  // Settings were validated when saved; a later schema change falls back to defaults rather than failing requests.
  return parsed.success ? parsed.data : defaultRegistrySettings();
}

/** Creates the registry's row on first use; safe to call concurrently (the primary key lets one insert win). */
export async function ensureRegistry(db: Db, registryId: string, now: number): Promise<void> {
  await db
    .insertInto('volunteerRegistries')
    .values({
      organizationId: registryId,
      settings: JSON.stringify(defaultRegistrySettings()),
      lastLocalNo: 0,
      lastCertificateNo: 0,
      updatedAt: now,
    })
    .onConflict((oc) => oc.column('organizationId').doNothing())
    .execute();
}

/**
 * Takes the registry's next sequence number for `counter`. Call inside the transaction that uses it: the update
 * locks the registry row, so concurrent registrations get distinct numbers on both dialects.
 */
export async function takeRegistryNumber(
  trx: Db,
  registryId: string,
  counter: 'lastLocalNo' | 'lastCertificateNo',
  now: number,
): Promise<number> {
  await ensureRegistry(trx, registryId, now);
  const row = await trx
    .updateTable('volunteerRegistries')
    .set((eb) => ({ [counter]: eb(counter, '+', 1) }))
    .where('organizationId', '=', registryId)
    .returning(counter)
    .executeTakeFirstOrThrow();
  return Number((row as Record<string, number>)[counter]);
}

/** Replaces the registry's settings (validated by the caller against the domain schema). */
export async function saveRegistrySettings(
  trx: Db,
  registryId: string,
  settings: RegistrySettings,
  now: number,
): Promise<void> {
  await ensureRegistry(trx, registryId, now);
  await trx
    .updateTable('volunteerRegistries')
    .set({ settings: JSON.stringify(settings), updatedAt: now })
    .where('organizationId', '=', registryId)
    .execute();
}
