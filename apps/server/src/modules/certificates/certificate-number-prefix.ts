import { createHash } from 'node:crypto';

/**
 * The prefix of a registry's certificate numbers: `LD` and six hex digits from a hash of the registry's id, e.g.
 * `LD3F9A2C`. Certificate numbers are unique across the installation while each registry counts its own
 * sequence, so the prefix tells registries apart; it is stable, so every number of one registry shares it.
 */
export function certificateNumberPrefix(registryId: string): string {
  return `LD${createHash('sha256').update(registryId).digest('hex').slice(0, 6).toUpperCase()}`;
}
