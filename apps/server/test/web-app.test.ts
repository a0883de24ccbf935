import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { testConfig } from '../src/config/config.ts';
import { createTestDb, DIALECTS, type TestDb } from './test-db.ts';

describe.each(DIALECTS)('serving the web app [%s]', (dialect) => {
  let app: FastifyInstance;
  let testDb: TestDb;
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'liandong-web-'));

  beforeAll(async () => {
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>联动</title>');
    fs.writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
    testDb = await createTestDb(dialect);
    app = await buildApp({ db: testDb.db, config: testConfig({ webDist: dist }) });
  });

  afterAll(async () => {
    await app.close();
    await testDb.destroy();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html for the root and for every client-side route', async () => {
    for (const url of ['/', '/organizations', '/regions/communities/0190a0b0-0000-7000-8000-000000000000']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toContain('text/html');
      expect(response.body).toContain('联动');
    }
  });

  it('serves built assets, including ones written after the server started', async () => {
    expect((await app.inject({ method: 'GET', url: '/assets/app.js' })).body).toBe('console.log(1)');
    fs.writeFileSync(path.join(dist, 'assets', 'rebuilt.js'), 'console.log(2)');
    const rebuilt = await app.inject({ method: 'GET', url: '/assets/rebuilt.js' });
    expect(rebuilt.statusCode).toBe(200);
    expect(rebuilt.body).toBe('console.log(2)');
  });

  it('keeps unknown API paths and non-GET requests as JSON 404s', async () => {
    const api = await app.inject({ method: 'GET', url: '/api/no-such-route' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({ code: 'http.not_found' });
    const post = await app.inject({ method: 'DELETE', url: '/organizations' });
    expect(post.statusCode).toBe(404);
    expect(post.json()).toEqual({ code: 'http.not_found' });
  });
});
