import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, openSqlite } from './create-db.ts';
import { type CheckpointPass, startWalCheckpointer } from './wal-checkpointer.ts';

const autocheckpoint = (sqlite: ReturnType<typeof openSqlite>) =>
  sqlite.pragma('wal_autocheckpoint', { simple: true }) as number;

/** Resolves with the first pass that satisfies `test`. */
function passWhere(passes: CheckpointPass[], test: (pass: CheckpointPass) => boolean): Promise<CheckpointPass> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const look = () => {
      const found = passes.find(test);
      if (found) resolve(found);
      else if (Date.now() - started > 10_000) reject(new Error(`no such pass in ${JSON.stringify(passes)}`));
      else setTimeout(look, 10);
    };
    look();
  });
}

describe('startWalCheckpointer', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liandong-wal-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('copies committed pages into the database file in its own thread, the writer checkpointing only at 40 MB', async () => {
    const file = path.join(dir, 'copies.db');
    const sqlite = openSqlite(file);
    sqlite.exec('create table notes (id integer primary key, body text not null)');
    const passes: CheckpointPass[] = [];
    const checkpointer = startWalCheckpointer(sqlite, file, { intervalMs: 20, onPass: (pass) => passes.push(pass) });
    try {
      expect(autocheckpoint(sqlite)).toBe(10_000);
      const sizeBefore = fs.statSync(file).size;
      const insert = sqlite.prepare('insert into notes (body) values (?)');
      for (let commit = 0; commit < 50; commit++) insert.run('记录'.repeat(2_000));
      // Every page written so far ends up in the database file (50 notes of 12 KB), while the writer, far below
      // its own threshold, never checkpointed.
      const done = await passWhere(passes, (pass) => pass.walPages >= 50 && pass.copiedPages === pass.walPages);
      expect(done.walPages).toBeLessThan(10_000);
      expect(fs.statSync(file).size - sizeBefore).toBeGreaterThan(50 * 12_000);
    } finally {
      checkpointer.stop();
      sqlite.close();
    }
  });

  it('ends its thread when stopped, and hands checkpoints back to the writer if the thread dies', async () => {
    const file = path.join(dir, 'ends.db');
    const sqlite = openSqlite(file);
    const stopped = startWalCheckpointer(sqlite, file, { intervalMs: 20 });
    const exited = new Promise((resolve) => stopped.worker.once('exit', resolve));
    stopped.stop();
    await exited;

    const dying = startWalCheckpointer(sqlite, file, { intervalMs: 20 });
    expect(autocheckpoint(sqlite)).toBe(10_000);
    const died = new Promise((resolve) => dying.worker.once('exit', resolve));
    await dying.worker.terminate();
    await died;
    expect(autocheckpoint(sqlite)).toBe(1_000);
    sqlite.close();
  });

  it('is started by createDb for a SQLite file when asked, and stopped with it', async () => {
    const plain = createDb({ dialect: 'sqlite', file: path.join(dir, 'plain.db') });
    const served = createDb({ dialect: 'sqlite', file: path.join(dir, 'served.db') }, { backgroundCheckpoints: true });
    const setting = async (db: typeof plain) =>
      Number(Object.values((await sql`pragma wal_autocheckpoint`.execute(db)).rows[0] as object)[0]);
    expect(await setting(plain)).toBe(1_000);
    expect(await setting(served)).toBe(10_000);
    await plain.destroy();
    await served.destroy();
  });
});
