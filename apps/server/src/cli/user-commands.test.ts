import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpInstallation } from '../../test/factories.ts';
import { TestClient } from '../../test/test-client.ts';
import { buildApp } from '../app.ts';
import { testConfig } from '../config/config.ts';
import { createDb, type Db } from '../db/create-db.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { CliError } from './cli-error.ts';
import { memoryOutput } from './cli-output.ts';
import { userCreateCommand } from './user-create.ts';
import { userResetPasswordCommand } from './user-reset-password.ts';

describe('liandong user create / reset-password', () => {
  let dataDir: string;
  let db: Db;
  let app: FastifyInstance;
  let organizationId: string;
  const env = (password?: string) => ({
    LIANDONG_DATA_DIR: dataDir,
    ...(password ? { LIANDONG_PASSWORD: password } : {}),
  });

  async function refuses(promise: Promise<unknown>, message: RegExp) {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(message);
  }

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liandong-users-'));
    db = createDb({ dialect: 'sqlite', file: path.join(dataDir, 'liandong.db') });
    await migrateToLatest(db);
    app = await buildApp({ db, config: testConfig({ webDist: '/nonexistent' }) });
    ({ rootOrganizationId: organizationId } = await setUpInstallation(app));
  });

  afterAll(async () => {
    await app.close();
    await db.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates a member of an organization who can sign in, and audits it as the CLI', async () => {
    const args = [
      '--username',
      'Worker1',
      '--display-name',
      '李晓岚',
      '--org',
      organizationId,
      '--role',
      'social_worker',
    ];
    const out = memoryOutput();
    await userCreateCommand(args, env('Worker2026pass'), out);
    expect(out.text()).toContain('worker1');

    const session = await new TestClient(app).login('worker1', 'Worker2026pass');
    expect(session.user).toMatchObject({ displayName: '李晓岚', isPlatformAdmin: false });
    expect(session.memberships).toEqual([expect.objectContaining({ organizationId, roles: ['social_worker'] })]);

    const events = await db
      .selectFrom('auditEvents')
      .selectAll()
      .where('requestId', '=', 'cli')
      .orderBy('action')
      .execute();
    expect(events.map((event) => event.action)).toEqual(['memberships.create', 'users.create']);
    expect(events.every((event) => event.userAgent === 'liandong-cli' && event.userId === null)).toBe(true);
    expect(events.every((event) => event.scopePath === `/${organizationId}/`)).toBe(true);
    const created = JSON.parse(events.find((event) => event.action === 'users.create')!.changes!);
    expect(created).toMatchObject({ username: { after: 'worker1' }, passwordHash: { after: '[redacted]' } });
    expect(JSON.stringify(events)).not.toContain('Worker2026pass');
  });

  it('creates a platform administrator', async () => {
    await userCreateCommand(
      ['--username', 'ops', '--display-name', '运维', '--platform-admin'],
      env('Operator2026x'),
      memoryOutput(),
    );
    const session = await new TestClient(app).login('ops', 'Operator2026x');
    expect(session.user.isPlatformAdmin).toBe(true);
  });

  it('refuses bad input and writes nothing', async () => {
    const create = (args: string[], password = 'Member2026pass') =>
      userCreateCommand(args, env(password), memoryOutput());
    await refuses(create(['--username', 'ab', '--display-name', 'x', '--platform-admin']), /--username/);
    await refuses(create(['--username', 'nobody', '--platform-admin']), /--display-name/);
    await refuses(create(['--username', 'nobody', '--display-name', '某人']), /--platform-admin, or --org and --role/);
    await refuses(create(['--username', 'nobody', '--display-name', '某人', '--org', organizationId]), /together/);
    await refuses(
      create(['--username', 'nobody', '--display-name', '某人', '--org', organizationId, '--role', 'boss']),
      /Unknown role/,
    );
    await refuses(
      create([
        '--username',
        'nobody',
        '--display-name',
        '某人',
        '--org',
        '0190a000-0000-7000-8000-000000000000',
        '--role',
        'staff',
      ]),
      /No organization/,
    );
    await refuses(create(['--username', 'worker1', '--display-name', '重名', '--platform-admin']), /taken/);
    await refuses(create(['--username', 'nobody', '--display-name', '某人', '--platform-admin'], 'short1'), /too weak/);
    await refuses(
      create(['--username', 'nobody', '--display-name', '某人', '--platform-admin'], 'nobody12345'),
      /too weak/,
    );
    await refuses(create(['--username', 'nobody', '--display-name', '某人', '--bogus']), /Unknown option/);
    // No password in the environment and no terminal to type one on: there is no default to fall back to.
    await refuses(
      userCreateCommand(['--username', 'nobody', '--display-name', '某人', '--platform-admin'], env(), memoryOutput()),
      /LIANDONG_PASSWORD/,
    );
    const nobody = await db.selectFrom('users').select('id').where('username', '=', 'nobody').executeTakeFirst();
    expect(nobody).toBeUndefined();
  });

  it('resets a password: the old one and every session stop working, a lockout lifts, the reset is audited', async () => {
    const client = new TestClient(app);
    await client.login('worker1', 'Worker2026pass');
    expect((await client.get('/api/auth/session')).statusCode).toBe(200);
    // Someone guessed until the account locked: the reset is what lets its owner back in at once.
    const guesser = new TestClient(app);
    for (let i = 0; i < 5; i++) await guesser.post('/api/auth/login', { username: 'worker1', password: 'Guess2026no' });
    const locked = await guesser.post('/api/auth/login', { username: 'worker1', password: 'Worker2026pass' });
    expect(locked.statusCode).toBe(429);

    await userResetPasswordCommand(['worker1'], env('Renewed2026pass'), memoryOutput());

    expect((await client.get('/api/auth/session')).statusCode).toBe(401);
    const old = await new TestClient(app).post('/api/auth/login', { username: 'worker1', password: 'Worker2026pass' });
    expect(old.statusCode).toBe(401);
    await new TestClient(app).login('worker1', 'Renewed2026pass');
    const reset = await db
      .selectFrom('auditEvents')
      .selectAll()
      .where('action', '=', 'users.reset_password')
      .executeTakeFirstOrThrow();
    expect(reset).toMatchObject({
      requestId: 'cli',
      userAgent: 'liandong-cli',
      userId: null,
      entityType: 'user',
      scopePath: `/${organizationId}/`,
    });
    // The same record as an administrator's reset on the web: both hashes, redacted.
    expect(JSON.parse(reset.changes!)).toEqual({ passwordHash: { before: '[redacted]', after: '[redacted]' } });
  });

  it('refuses an unknown user, a weak password and a missing username', async () => {
    await refuses(userResetPasswordCommand(['ghost'], env('Renewed2026pass'), memoryOutput()), /No user/);
    await refuses(userResetPasswordCommand(['worker1'], env('weak'), memoryOutput()), /too weak/);
    await refuses(userResetPasswordCommand([], env('Renewed2026pass'), memoryOutput()), /exactly one username/);
  });
});
