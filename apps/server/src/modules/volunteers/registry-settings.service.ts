import type { RegistrySettings, RegistrySettingsView } from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findOrganizationFor } from '../organizations/find-organization.ts';
import { loadRegistrySettings, registryRootFor, saveRegistrySettings } from './registries.ts';
import { canConfigureRegistry, canReadVolunteersIn } from './volunteers.policy.ts';

const registryNotFound = () => new AppError('volunteers.registry_not_found', 404);

/** Codes name skills in profiles and shift requirements, so one code may appear once. */
function assertDistinctSkillCodes(settings: RegistrySettings) {
  const seen = new Set<string>();
  for (const [index, skill] of settings.skills.entries()) {
    if (seen.has(skill.code))
      throw new AppError('validation.failed', 400, [{ path: `body.skills.${index}.code`, issue: 'duplicate' }]);
    seen.add(skill.code);
  }
}

/** A registry's rules, looked up from any organization in it; only the registry root's configurers change them. */
export function createRegistrySettingsService({ db, clock }: AppDeps) {
  async function registryOf(actor: Actor, organizationId: string) {
    const organization = await findOrganizationFor(db, actor, organizationId, canReadVolunteersIn, registryNotFound);
    return registryRootFor(db, organization);
  }

  return {
    async get(actor: Actor, organizationId: string): Promise<RegistrySettingsView> {
      const registry = await registryOf(actor, organizationId);
      return {
        registry: { id: registry.id, name: registry.name },
        settings: await loadRegistrySettings(db, registry.id),
      };
    },

    async put(actor: Actor, organizationId: string, settings: RegistrySettings, meta: RequestMeta) {
      const registry = await registryOf(actor, organizationId);
      // A station's coordinators see their federation's rules but do not set them.
      if (!canConfigureRegistry(actor, registry)) throw new AppError('auth.forbidden', 403);
      assertDistinctSkillCodes(settings);
      const before = await loadRegistrySettings(db, registry.id);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await saveRegistrySettings(trx, registry.id, settings, now);
        await recordAudit(
          trx,
          { actor, meta, now },
          {
            action: 'volunteer_registries.update',
            entityType: 'volunteer_registry',
            entityId: registry.id,
            before: { ...before },
            after: { ...settings },
            scopePath: registry.path,
          },
        );
      });
      return { registry: { id: registry.id, name: registry.name }, settings };
    },
  };
}
