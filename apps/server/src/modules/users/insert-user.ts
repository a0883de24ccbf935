import type { Db } from '../../db/create-db.ts';
import { type AuditContext, recordAudit } from '../audit/record-audit.ts';
import { createUsersRepository } from './users.repository.ts';

export interface NewUser {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  isPlatformAdmin: boolean;
}

/**
 * Creates an active account and records it (the hash redacted), in the caller's transaction. `scopePath` is the
 * organization the account is created for, so its administrators see the event; null leaves it to the platform.
 */
export async function insertUser(trx: Db, context: AuditContext, input: NewUser, scopePath: string | null) {
  const user = {
    ...input,
    isPlatformAdmin: input.isPlatformAdmin ? 1 : 0,
    status: 'active' as const,
    passwordChangedAt: context.now,
    createdAt: context.now,
    updatedAt: context.now,
  };
  await createUsersRepository(trx).insert(user);
  await recordAudit(trx, context, {
    action: 'users.create',
    entityType: 'user',
    entityId: user.id,
    after: user,
    scopePath,
  });
}
