import { defaultRegistrySettings, type RegistrySettings, registrySettingsSchema } from '@liandong/domain';
import type { Db } from '../../db/create-db.ts';
import { type Param, preparedQuery } from '../../db/prepared-query.ts';
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

const findSettingsText = preparedQuery((db, param: Param<{ registryId: string }>) =>
  db.selectFrom('volunteerRegistries').select('settings').where('organizationId', '=', param('registryId')),
);

/** Settings texts seen lately and what they parse to: few registries, and checking a text is the costly part. */
const parsedSettings = new Map<string, Readonly<RegistrySettings>>();
const PARSED_SETTINGS_MAX = 64;

function parseSettings(text: string): Readonly<RegistrySettings> {
  let settings = parsedSettings.get(text);
  if (!settings) {
    const parsed = registrySettingsSchema.safeParse(JSON.parse(text));
    // Settings were validated when saved; a later schema change falls back to defaults rather than failing requests.
    settings = deepFreeze(parsed.success ? parsed.data : defaultRegistrySettings());
    if (parsedSettings.size >= PARSED_SETTINGS_MAX) parsedSettings.clear();
    parsedSettings.set(text, settings);
  }
  return settings;
}

/** Frozen all the way down: one parsed object is shared by every request that reads the same settings. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * The registry's saved settings with defaults for anything it never set. Read on every check-in and sign-up, so the
 * query is prepared and the parsed settings are kept by their text; the result is frozen, shared between callers.
 */
export async function loadRegistrySettings(db: Db, registryId: string): Promise<Readonly<RegistrySettings>> {
  const row = (await findSettingsText(db, { registryId })).rows[0];
  return row ? parseSettings(row.settings) : defaultRegistrySettings();
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
