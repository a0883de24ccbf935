import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, setUpInstallation } from '../../test/factories.ts';
import { buildApp } from '../app.ts';
import { testConfig } from '../config/config.ts';
import { createDb, type Db } from '../db/create-db.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { writeMasterKeyFile } from '../secrets/master-key.ts';
import { backupCommand } from './backup.ts';
import { CliError } from './cli-error.ts';
import { memoryOutput } from './cli-output.ts';
import { acquireDatabaseLock, lockFileFor } from './pid-lock.ts';
import { restoreCommand } from './restore.ts';

const envFor = (dataDir: string) => ({ LIANDONG_DATA_DIR: dataDir });
const databaseIn = (dataDir: string) => path.join(dataDir, 'liandong.db');
const keyIn = (dataDir: string) => path.join(dataDir, 'master.key');
const readKey = (file: string) => Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');

/** Reads the first organization and the administrator straight from a database file. */
function readBack(file: string) {
  const sqlite = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    return {
      users: sqlite.prepare('select username from users').all() as { username: string }[],
      organizations: sqlite.prepare('select name from organizations').all() as { name: string }[],
    };
  } finally {
    sqlite.close();
  }
}

async function expectCliError(promise: Promise<unknown>, message: RegExp, exitCode = 1) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CliError);
  expect((error as CliError).message).toMatch(message);
  expect((error as CliError).exitCode).toBe(exitCode);
}

/** A process that stays alive until killed, standing in for a running server. */
function liveProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  return new Promise((resolve) => child.once('spawn', () => resolve(child)));
}

describe('backup and restore (SQLite)', () => {
  let root: string;
  let source: string;
  let db: Db;
  const sourceKey = randomBytes(32);

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'liandong-backup-'));
    source = path.join(root, 'source');
    // The server keeps this database open (WAL, nothing checkpointed) while the backup runs: an online backup.
    db = createDb({ dialect: 'sqlite', file: databaseIn(source) });
    await migrateToLatest(db);
    const app = await buildApp({ db, config: testConfig({ webDist: '/nonexistent' }) });
    await setUpInstallation(app);
    await app.close();
    writeMasterKeyFile(keyIn(source), sourceKey);
  });

  afterAll(async () => {
    await db.destroy();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('takes an online snapshot, restores it into another data directory, and the data reads back', async () => {
    const backupFile = path.join(root, 'backups', 'liandong-backup.db');
    // Recent commits still sit in the write-ahead log: copying liandong.db alone would lose them.
    expect(fs.statSync(`${databaseIn(source)}-wal`).size).toBeGreaterThan(0);
    const out = memoryOutput();
    await backupCommand([backupFile], envFor(source), out);
    expect(out.text()).toContain(backupFile);
    expect(out.text()).toMatch(/KiB|MiB/);
    expect(fs.existsSync(`${backupFile}-wal`)).toBe(false);

    const target = path.join(root, 'target');
    const restored = memoryOutput();
    await restoreCommand([backupFile], envFor(target), restored);
    expect(readBack(databaseIn(target))).toEqual({
      users: [{ username: ADMIN.username }],
      organizations: [{ name: '阳光社会工作服务中心' }],
    });
    expect(restored.text()).toContain('Restored');
    expect(fs.existsSync(lockFileFor(databaseIn(target)))).toBe(false);
  });

  it('copies the master key beside the backup, and restore puts it in a data directory that has none', async () => {
    const backupFile = path.join(root, 'with-key', 'liandong.db');
    const out = memoryOutput();
    await backupCommand([backupFile], envFor(source), out);
    const keyFile = `${backupFile}.master.key`;
    expect(readKey(keyFile).equals(sourceKey)).toBe(true);
    if (process.platform !== 'win32') expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(out.text()).toContain(keyFile);

    const target = path.join(root, 'key-target');
    const restored = memoryOutput();
    await restoreCommand([backupFile], envFor(target), restored);
    expect(readKey(keyIn(target)).equals(sourceKey)).toBe(true);
    if (process.platform !== 'win32') expect(fs.statSync(keyIn(target)).mode & 0o777).toBe(0o600);
    expect(restored.text()).toContain(keyIn(target));

    // Restoring again over the same key is fine and leaves the key alone.
    const again = memoryOutput();
    await restoreCommand([backupFile], envFor(target), again);
    expect(again.text()).toMatch(/matches the backup's/);
    expect(readKey(keyIn(target)).equals(sourceKey)).toBe(true);
  });

  it('refuses to restore over a data directory whose master key differs, changing nothing', async () => {
    const backupFile = path.join(root, 'key-clash.db');
    await backupCommand([backupFile], envFor(source), memoryOutput());
    const target = path.join(root, 'other-key');
    fs.mkdirSync(target);
    const otherKey = randomBytes(32);
    writeMasterKeyFile(keyIn(target), otherKey);

    await expectCliError(restoreCommand([backupFile], envFor(target), memoryOutput()), /differs from the one in use/);
    expect(fs.existsSync(databaseIn(target))).toBe(false);
    expect(readKey(keyIn(target)).equals(otherKey)).toBe(true);

    // The same holds for a different key given in LIANDONG_MASTER_KEY.
    const fresh = path.join(root, 'env-key');
    const env = { ...envFor(fresh), LIANDONG_MASTER_KEY: otherKey.toString('base64') };
    await expectCliError(
      restoreCommand([backupFile], env, memoryOutput()),
      /differs from the one in use \(LIANDONG_MASTER_KEY\)/,
    );
    expect(fs.existsSync(databaseIn(fresh))).toBe(false);
  });

  it('warns when the backup has no master key beside it, and still restores', async () => {
    const backupFile = path.join(root, 'no-key.db');
    await backupCommand([backupFile], envFor(source), memoryOutput());
    fs.rmSync(`${backupFile}.master.key`);
    const target = path.join(root, 'no-key-target');
    const out = memoryOutput();
    await restoreCommand([backupFile], envFor(target), out);
    expect(out.text()).toMatch(/no master key beside the backup/);
    expect(fs.existsSync(keyIn(target))).toBe(false);
    expect(readBack(databaseIn(target)).users).toHaveLength(1);
  });

  it('reminds that a key from LIANDONG_MASTER_KEY must be kept, and copies no key file then', async () => {
    const backupFile = path.join(root, 'env-backup.db');
    await backupCommand([backupFile], envFor(source), memoryOutput());
    expect(fs.existsSync(`${backupFile}.master.key`)).toBe(true);
    const out = memoryOutput();
    const env = { ...envFor(source), LIANDONG_MASTER_KEY: sourceKey.toString('hex') };
    await backupCommand([backupFile, '--force'], env, out);
    expect(out.text()).toMatch(/LIANDONG_MASTER_KEY: keep it with this backup/);
    // A key file left from the earlier backup under this name would not belong to this one.
    expect(fs.existsSync(`${backupFile}.master.key`)).toBe(false);
  });

  it('refuses a malformed master key file instead of copying it', async () => {
    const dataDir = path.join(root, 'bad-key');
    const file = path.join(dataDir, 'liandong.db');
    fs.mkdirSync(dataDir);
    await backupCommand([file], envFor(source), memoryOutput());
    fs.writeFileSync(keyIn(dataDir), 'not a key\n');
    const backupFile = path.join(root, 'bad-key-backup.db');
    await expectCliError(backupCommand([backupFile], envFor(dataDir), memoryOutput()), /does not hold a master key/);
    expect(fs.existsSync(backupFile)).toBe(false);
  });

  it('refuses to overwrite an existing backup file or its key file unless --force', async () => {
    const backupFile = path.join(root, 'twice.db');
    await backupCommand([backupFile], envFor(source), memoryOutput());
    await expectCliError(backupCommand([backupFile], envFor(source), memoryOutput()), /already exists/);
    fs.rmSync(backupFile);
    await expectCliError(
      backupCommand([backupFile], envFor(source), memoryOutput()),
      /twice\.db\.master\.key already exists/,
    );
    expect(fs.existsSync(backupFile)).toBe(false);
    await backupCommand([backupFile, '--force'], envFor(source), memoryOutput());
    expect(readBack(backupFile).users).toHaveLength(1);
    expect(readKey(`${backupFile}.master.key`).equals(sourceKey)).toBe(true);
  });

  it('keeps the database it replaces as liandong.db.before-restore-<timestamp>', async () => {
    const backupFile = path.join(root, 'keep.db');
    await backupCommand([backupFile], envFor(source), memoryOutput());
    const target = path.join(root, 'replaced');
    fs.mkdirSync(target);
    const previous = new SqliteDatabase(databaseIn(target));
    previous.exec(
      "create table schema_migrations (name text); create table marker (v text); insert into marker values ('old')",
    );
    previous.close();

    const out = memoryOutput();
    await restoreCommand([backupFile], envFor(target), out, new Date(Date.UTC(2026, 10, 23, 8, 30, 0)));
    const keptAs = `${databaseIn(target)}.before-restore-20261123T083000Z`;
    expect(out.text()).toContain(keptAs);
    const kept = new SqliteDatabase(keptAs, { readonly: true });
    expect(kept.prepare('select v from marker').get()).toEqual({ v: 'old' });
    kept.close();
    expect(readBack(databaseIn(target)).users).toEqual([{ username: ADMIN.username }]);
  });

  it('refuses a file that is not a SQLite database, and one that is not a Liandong database', async () => {
    const target = path.join(root, 'untouched');
    const text = path.join(root, 'notes.txt');
    fs.writeFileSync(text, 'this is not a database, just some notes\n'.repeat(200));
    await expectCliError(restoreCommand([text], envFor(target), memoryOutput()), /not a SQLite database/);

    const other = path.join(root, 'other.sqlite');
    const sqlite = new SqliteDatabase(other);
    sqlite.exec('create table things (id integer)');
    sqlite.close();
    await expectCliError(restoreCommand([other], envFor(target), memoryOutput()), /not a Liandong one/);

    await expectCliError(restoreCommand([path.join(root, 'missing.db')], envFor(target), memoryOutput()), /no file/);
    expect(fs.existsSync(databaseIn(target))).toBe(false);
  });

  it('refuses while a live process holds the database, and proceeds once the holder is gone', async () => {
    const backupFile = path.join(root, 'locked.db');
    await backupCommand([backupFile], envFor(source), memoryOutput());
    const target = path.join(root, 'held');
    fs.mkdirSync(target);
    const server = await liveProcess();
    try {
      fs.writeFileSync(lockFileFor(databaseIn(target)), `${server.pid}\n`);
      await expectCliError(
        restoreCommand([backupFile], envFor(target), memoryOutput()),
        new RegExp(`pid ${server.pid}`),
      );
      expect(() => acquireDatabaseLock(databaseIn(target))).toThrow(CliError);
      expect(fs.existsSync(databaseIn(target))).toBe(false);
    } finally {
      server.kill();
      await new Promise((resolve) => server.once('exit', resolve));
    }
    // The holder died without removing its pid file: a stale lock does not block.
    await restoreCommand([backupFile], envFor(target), memoryOutput());
    expect(readBack(databaseIn(target)).users).toHaveLength(1);
  });

  it('names the PostgreSQL tools instead of acting when DATABASE_URL is set', async () => {
    const env = { DATABASE_URL: 'postgres://liandong@db.example/liandong' };
    const file = path.join(root, 'pg.dump');
    await expectCliError(backupCommand([file], env, memoryOutput()), /pg_dump --format=custom --file/, 2);
    await expectCliError(restoreCommand([file], env, memoryOutput()), /pg_restore/, 2);
    expect(fs.existsSync(file)).toBe(false);
  });
});
