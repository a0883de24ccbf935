import { PERMISSIONS } from '@liandong/domain';
import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../src/app.ts';
import { testConfig } from '../src/config/config.ts';
import type { RouteAccess } from '../src/http/access.ts';
import { createTestDb, type TestDb } from './test-db.ts';

// Every route as Fastify is asked to register it, seen by a hook installed before buildApp adds its own, so a
// route that would slip past buildApp's check (or one it marks itself) is still listed here.
const registered = vi.hoisted(() => [] as RouteOptions[]);

vi.mock('fastify', async (importOriginal) => {
  const original = await importOriginal<typeof import('fastify')>();
  const create = ((options?: Parameters<typeof original.default>[0]) => {
    const app = original.default(options);
    app.addHook('onRoute', (route) => {
      registered.push(route);
    });
    return app;
  }) as typeof original.default;
  return { ...original, default: create };
});

const ROUTE_PERMISSIONS = new Set<string>(PERMISSIONS);

function isValidAccess(access: RouteAccess | undefined): boolean {
  if (access === 'public' || access === 'authenticated' || access === 'platform_admin') return true;
  return typeof access === 'object' && ROUTE_PERMISSIONS.has(access.permission);
}

describe('route guards', () => {
  let testDb: TestDb;

  beforeAll(async () => {
    testDb = await createTestDb('sqlite');
    const app = await buildApp({ db: testDb.db, config: testConfig({ webDist: '/nonexistent' }) });
    await app.ready();
    await app.close();
  });
  afterAll(() => testDb?.destroy());

  const apiRoutes = () => registered.filter((route) => route.url.startsWith('/api'));
  const describeRoute = (route: RouteOptions) => `${[route.method].flat().join(',')} ${route.url}`;

  it('sees the routes of every module', () => {
    const urls = new Set(apiRoutes().map((route) => route.url));
    for (const url of [
      '/api/setup',
      '/api/auth/login',
      '/api/organizations',
      '/api/organizations/:id/members',
      '/api/users/:id/reset-password',
    ])
      expect(urls, url).toContain(url);
  });

  it('finds no /api route that is neither guarded nor explicitly public', () => {
    const unguarded = apiRoutes()
      .filter((route) => !isValidAccess(route.config?.access))
      .map(describeRoute);
    expect(unguarded).toEqual([]);
  });

  it('keeps public routes to the ones meant for signed-out visitors and documentation', () => {
    const publicRoutes = apiRoutes()
      .filter((route) => route.config?.access === 'public')
      .filter((route) => !route.url.startsWith('/api/docs') && route.method !== 'HEAD')
      .map(describeRoute)
      .sort();
    expect(publicRoutes).toEqual([
      'GET /api/health',
      'GET /api/openapi.json',
      // Certificate verification: whoever holds a printed 志愿服务记录证明 scans its QR code; the random token opens
      // validity, the masked name, period and totals only.
      'GET /api/public/certificates/:token',
      // Volunteer self-registration: a person with no account yet registers from a federation's, station's or team's page.
      'GET /api/public/volunteer-signup/:organizationId',
      'GET /api/setup/status',
      'POST /api/auth/login',
      'POST /api/public/volunteer-signup/:organizationId',
      'POST /api/setup',
    ]);
  });

  it('guards every write to organizations, members and users with a permission', () => {
    const writes = apiRoutes().filter(
      (route) =>
        /^\/api\/(organizations|users)/.test(route.url) &&
        [route.method].flat().some((method) => method !== 'GET' && method !== 'HEAD'),
    );
    expect(writes.length).toBeGreaterThanOrEqual(6);
    for (const route of writes) {
      const access = route.config?.access;
      expect(typeof access === 'object' && access.permission.endsWith('.manage'), describeRoute(route)).toBe(true);
    }
  });
});
