import type { Permission } from '@liandong/domain';
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { escapeLike } from '../../db/text-search.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { isWithin } from '../organizations/organization-paths.ts';
import { volunteerWithinPath } from '../volunteers/volunteers.policy.ts';

/**
 * Where a ledger entry sits: the volunteer's unit when it was recorded, the organization that recorded it, and the
 * volunteer's current home and teams.
 */
export interface HoursPlacement {
  unitPath: string;
  recordingPath: string;
  homePath: string;
  teamPaths: readonly string[];
}

/** Who may look at the ledger: anyone who reads volunteers or approves hours (within scope, checked per entry). */
const LEDGER_READERS: readonly Permission[] = ['volunteers.read', 'hours.approve'];

export const canReadLedger = (actor: Actor) =>
  actor.isPlatformAdmin || LEDGER_READERS.some((permission) => actor.permissions.has(permission));

/** Refuses the workbench, the detail and the export to an actor without either permission. */
export function assertCanReadLedger(actor: Actor): void {
  if (!canReadLedger(actor)) throw new AppError('auth.forbidden', 403);
}

/**
 * An entry is within reach for `permission` when the actor holds it and the entry's unit, the organization that
 * recorded it (谁记录谁证明: the recorder's organization keeps sight of its records), or the volunteer's current home
 * or one of their teams lies in the acting subtree. A platform administrator reaches every entry.
 */
export function hasPermissionOverEntry(actor: Actor, permission: Permission, entry: HoursPlacement): boolean {
  if (actor.isPlatformAdmin) return true;
  const acting = actor.actingOrganization;
  if (!acting || !actor.permissions.has(permission)) return false;
  const within = (path: string) => isWithin(path, acting.path);
  return (
    within(entry.unitPath) || within(entry.recordingPath) || within(entry.homePath) || entry.teamPaths.some(within)
  );
}

export const canSeeEntry = (actor: Actor, entry: HoursPlacement) =>
  LEDGER_READERS.some((permission) => hasPermissionOverEntry(actor, permission, entry));

export const canApproveEntry = (actor: Actor, entry: HoursPlacement) =>
  hasPermissionOverEntry(actor, 'hours.approve', entry);

/** Corrections and voids are a coordinator's: volunteers.manage over the entry. */
export const canCorrectEntry = (actor: Actor, entry: HoursPlacement) =>
  hasPermissionOverEntry(actor, 'volunteers.manage', entry);

/** Nobody decides on the hours of their own volunteer record, whatever roles they hold (platform admins included). */
export const isOwnEntry = (actor: Actor, volunteer: { userId: string | null }) => volunteer.userId === actor.userId;

/**
 * The same placement rule as a SQL condition for list queries over `service_hours_entries as e` joined to
 * `volunteers as v`: the entry's unit or recording path, or the volunteer's home or a team, starts with `path`.
 */
export function entryWithinPath(path: string): RawBuilder<SqlBool> {
  const pattern = `${escapeLike(path)}%`;
  const volunteer = volunteerWithinPath(path, { id: 'v.id', homePath: 'v.homePath' });
  return sql<SqlBool>`(${sql.ref('e.unitPath')} like ${pattern} escape '\\' or ${sql.ref('e.recordingPath')} like ${pattern} escape '\\' or ${volunteer})`;
}
