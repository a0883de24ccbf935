import { ageOn, minorRequirements, type RegistrySettings } from '@liandong/domain';
import type { Db } from '../../db/create-db.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { pinyinKeys } from '../../lib/pinyin.ts';
import { canReadVolunteer } from './volunteers.policy.ts';
import { createVolunteersRepository, type VolunteerRow } from './volunteers.repository.ts';

/** Every skill must be on the registry's list, so statistics and shift requirements speak the same codes. */
export function assertSkillsKnown(skills: readonly string[], settings: RegistrySettings, path = 'body.skills') {
  const known = new Set(settings.skills.map((skill) => skill.code));
  const unknown = skills.filter((code) => !known.has(code));
  if (unknown.length > 0) throw new AppError('volunteers.skill_unknown', 400, [{ path, codes: unknown }]);
}

/**
 * A birth date may not lie in the future, and a person the registry's minors policy forbids (e.g. under 6) is not
 * registered. Returns what the policy asks at today's age.
 */
export function assertBirthDateAllowed(birthDate: string, today: string, settings: RegistrySettings) {
  if (birthDate > today) throw new AppError('validation.failed', 400, [{ path: 'body.birthDate', issue: 'future' }]);
  const requirements = minorRequirements(ageOn(birthDate, today), settings.minorsPolicy);
  if (requirements.forbidden) throw new AppError('volunteers.under_minimum_age', 400, [{ path: 'body.birthDate' }]);
  return requirements;
}

/** Name, full pinyin and initials, lower-case and space-separated: one LIKE finds 张伟 by 张, zhangwei or zw. */
export function nameSearchOf(name: string): string {
  const { pinyin, initials } = pinyinKeys(name);
  return `${name} ${pinyin} ${initials}`.toLowerCase();
}

/**
 * The registry already holds this person: 409 volunteers.already_registered, pointing at the existing record
 * (`{ volunteerId, localNo }`) only when the actor may see it, so the form can link to it. Anonymous callers and
 * actors who may not see the record learn nothing more than that it exists.
 */
export async function alreadyRegistered(db: Db, actor: Actor | null, existing: VolunteerRow): Promise<AppError> {
  if (!actor) return new AppError('volunteers.already_registered', 409);
  const teamPaths = await createVolunteersRepository(db).teamPathsOf(existing.id);
  return canReadVolunteer(actor, { homePath: existing.homePath, teamPaths })
    ? new AppError('volunteers.already_registered', 409, { volunteerId: existing.id, localNo: existing.localNo })
    : new AppError('volunteers.already_registered', 409);
}

/** Throws volunteers.already_registered when the registry holds this ID number on another record than `exceptId`. */
export async function refuseDuplicateIdNumber(
  db: Db,
  actor: Actor | null,
  registryId: string,
  idNumberHash: string,
  exceptId?: string,
) {
  const existing = await createVolunteersRepository(db).findByIdNumberHash(registryId, idNumberHash);
  if (existing && existing.id !== exceptId) throw await alreadyRegistered(db, actor, existing);
}

/** A volunteer row as the audit trail records it: without ciphertexts, hashes and the search column. */
export function auditViewOfVolunteer(row: Partial<VolunteerRow>): Record<string, unknown> {
  const { idNumberCipher, idNumberHash, phoneCipher, phoneHash, nameSearch, ...view } = row;
  return view;
}
