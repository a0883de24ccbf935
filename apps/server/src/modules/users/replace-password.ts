import type { Db } from '../../db/create-db.ts';
import { type AuditContext, recordAudit } from '../audit/record-audit.ts';
import { createSessionsRepository } from '../auth/sessions.repository.ts';
import { createUsersRepository } from './users.repository.ts';

export interface PasswordReplacement {
  action: 'users.change_password' | 'users.reset_password';
  userId: string;
  previousHash: string;
  passwordHash: string;
  /** The session that made the change keeps going; every other session of the user ends. */
  keepSessionId?: string;
  /** Where the event is filed; the acting organization when left out. */
  scopePath?: string | null;
}

/**
 * Stores a new password hash, signs the user out everywhere else and records it (both hashes redacted), in the
 * caller's transaction: a password that changed while an old session lived on would not lock anyone out.
 */
export async function replacePassword(trx: Db, context: AuditContext, change: PasswordReplacement): Promise<void> {
  await createUsersRepository(trx).updatePassword(change.userId, change.passwordHash, context.now);
  await createSessionsRepository(trx).revokeAllForUser(change.userId, context.now, change.keepSessionId);
  await recordAudit(trx, context, {
    action: change.action,
    entityType: 'user',
    entityId: change.userId,
    before: { passwordHash: change.previousHash },
    after: { passwordHash: change.passwordHash },
    scopePath: change.scopePath,
  });
}
