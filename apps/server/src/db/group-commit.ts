import { sql, type Transaction } from 'kysely';
import { type Db, dialectOf } from './create-db.ts';
import type { Database } from './database.ts';

type Work<T> = (trx: Transaction<Database>) => Promise<T>;

interface Pending {
  work: Work<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Bounds how long the last unit of a batch waits behind the others. */
const MAX_BATCH = 200;

/**
 * Runs many small write transactions as one ("group commit"), for hot paths such as a gate where hundreds of
 * volunteers check in within a minute. On SQLite each commit is an fsync, and there is one writer: units submitted
 * in the same turn of the event loop are applied in one transaction, each inside its own savepoint so that a unit
 * that throws is undone alone, and one fsync makes them all durable. Every caller is answered only after that
 * commit, so an acknowledged write is as durable as with its own transaction. On PostgreSQL each unit is its own
 * transaction: the server already groups concurrent commits.
 */
export function createGroupCommit(db: Db): <T>(work: Work<T>) => Promise<T> {
  if (dialectOf(db) === 'postgres') return (work) => db.transaction().execute(work);

  const queue: Pending[] = [];
  let scheduled = false;

  async function applyOne(trx: Transaction<Database>, work: Work<unknown>): Promise<Outcome> {
    await sql`savepoint unit`.execute(trx);
    try {
      const value = await work(trx);
      await sql`release unit`.execute(trx);
      return { ok: true, value };
    } catch (error) {
      await sql`rollback to unit`.execute(trx);
      await sql`release unit`.execute(trx);
      return { ok: false, error };
    }
  }

  async function flush() {
    const batch = queue.splice(0, MAX_BATCH);
    try {
      const outcomes = await db.transaction().execute(async (trx) => {
        const done: Outcome[] = [];
        for (const pending of batch) done.push(await applyOne(trx, pending.work));
        return done;
      });
      batch.forEach((pending, index) => {
        const outcome = outcomes[index]!;
        if (outcome.ok) pending.resolve(outcome.value);
        else pending.reject(outcome.error);
      });
    } catch (error) {
      // The commit itself failed (disk full, I/O error): nothing of the batch was written.
      for (const pending of batch) pending.reject(error);
    } finally {
      if (queue.length > 0) setImmediate(flush);
      else scheduled = false;
    }
  }

  return <T>(work: Work<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!scheduled) {
        scheduled = true;
        // After the current I/O phase, so that requests read in the same turn share the commit.
        setImmediate(flush);
      }
    });
}
