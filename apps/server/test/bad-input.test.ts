import { randomUUID } from 'node:crypto';
import { ERROR_CODES } from '@liandong/domain';
import { beforeAll, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import type { ApiRoute } from '../src/app.ts';
import { countAuditEvents } from './db-reads.ts';
import { setUpInstallation } from './factories.ts';
import { describeEachDialect } from './test-app.ts';
import type { TestClient } from './test-client.ts';

const KNOWN_CODES = new Set<string>(ERROR_CODES);
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** Every documented API route once per method (HEAD duplicates and the documentation UI left out). */
function routesOf(routes: ApiRoute[]) {
  return routes.flatMap((route) =>
    [route.method]
      .flat()
      .filter((method) => method !== 'HEAD' && !route.url.startsWith('/api/docs') && route.url !== '/api/openapi.json')
      .map((method) => ({ ...route, method: method as string })),
  );
}

function fillParams(url: string, value: (name: string) => string) {
  return url.replace(/:(\w+)/g, (_, name: string) => value(name));
}

/** The top-level field names of a zod object schema, to send each of them with a wrong value. */
function fieldsOf(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, ZodType> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

// Each walk visits every route several times; the route list grows with every capability.
const WALK_TIMEOUT_MS = 120_000;

describeEachDialect('bad input to every route', (t) => {
  let admin: TestClient;
  let auditRowsBefore: number;

  beforeAll(async () => {
    ({ admin } = await setUpInstallation(t.app));
    auditRowsBefore = await countAudit();
  });

  const countAudit = () => countAuditEvents(t.db);

  async function send(method: string, url: string, payload?: string, contentType = 'application/json') {
    const cookie = [...admin.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await t.app.inject({
      method: method as 'POST',
      url,
      headers: {
        cookie,
        'x-csrf-token': admin.cookies.get('ld_csrf') ?? '',
        ...(payload === undefined ? {} : { 'content-type': contentType }),
      },
      ...(payload === undefined ? {} : { payload }),
    });
    return response;
  }

  function expectCoded4xx(response: Awaited<ReturnType<typeof send>>, what: string) {
    expect(response.statusCode, `${what} → ${response.statusCode} ${response.body}`).toBeGreaterThanOrEqual(400);
    expect(response.statusCode, `${what} → ${response.body}`).toBeLessThan(500);
    expect(KNOWN_CODES.has(response.json().code), `${what}: unknown code ${response.body}`).toBe(true);
  }

  it(
    'answers malformed ids with a coded 4xx',
    async () => {
      for (const route of routesOf(t.app.apiRoutes)) {
        if (!route.url.includes(':')) continue;
        const url = fillParams(route.url, (name) => (name === 'code' ? 'abc' : `not-an-id-${name}`));
        const body = WRITE_METHODS.has(route.method) ? '{}' : undefined;
        expectCoded4xx(await send(route.method, url, body), `${route.method} ${url}`);
      }
    },
    WALK_TIMEOUT_MS,
  );

  it(
    'answers malformed JSON, non-objects, unknown fields, wrong types and over-long strings with a coded 4xx',
    async () => {
      for (const route of routesOf(t.app.apiRoutes)) {
        if (!WRITE_METHODS.has(route.method)) continue;
        const url = fillParams(route.url, (name) => (name === 'code' ? '331081' : randomUUID()));
        const what = `${route.method} ${route.url}`;
        expectCoded4xx(await send(route.method, url, '{"name": "未闭合'), `${what} malformed JSON`);
        expect((await send(route.method, url, '{"a":')).json().code).toBe('http.malformed_json');

        const fields = fieldsOf(route.schema?.body);
        if (!route.schema?.body) continue;
        expectCoded4xx(await send(route.method, url, '[]'), `${what} array body`);
        expectCoded4xx(await send(route.method, url, '"text"'), `${what} string body`);
        expectCoded4xx(await send(route.method, url, JSON.stringify({ unexpectedField: 1 })), `${what} unknown field`);
        for (const field of fields) {
          const wrongType = JSON.stringify({ [field]: { nested: [1, 2] } });
          const response = await send(route.method, url, wrongType);
          expectCoded4xx(response, `${what} wrong type for ${field}`);
          expect(response.json().code).toBe('validation.failed');
          expect(JSON.stringify(response.json().details)).toContain(field);
          expectCoded4xx(
            await send(route.method, url, JSON.stringify({ [field]: 'x'.repeat(10_000) })),
            `${what} long ${field}`,
          );
        }
      }
    },
    WALK_TIMEOUT_MS,
  );

  it('answers a wrong content type with 415 and an oversized body with 413', async () => {
    for (const route of routesOf(t.app.apiRoutes)) {
      if (!WRITE_METHODS.has(route.method)) continue;
      const url = fillParams(route.url, (name) => (name === 'code' ? '331081' : randomUUID()));
      const plain = await send(route.method, url, 'name=x', 'text/plain');
      expect(plain.statusCode, `${route.method} ${route.url} text/plain`).toBe(415);
      expect(plain.json().code).toBe('http.unsupported_media_type');
      const huge = await send(route.method, url, JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }));
      expect(huge.statusCode, `${route.method} ${route.url} 2 MB`).toBe(413);
      expect(huge.json().code).toBe('http.payload_too_large');
    }
  });

  it('answers bad query strings with a coded 4xx', async () => {
    for (const route of routesOf(t.app.apiRoutes)) {
      if (route.method !== 'GET' || !route.schema?.querystring) continue;
      const url = fillParams(route.url, (name) => (name === 'code' ? '331081' : randomUUID()));
      expectCoded4xx(await send('GET', `${url}?unexpectedParam=1`), `GET ${route.url} unknown parameter`);
      for (const field of fieldsOf(route.schema.querystring)) {
        expectCoded4xx(await send('GET', `${url}?${field}=${'9'.repeat(300)}x`), `GET ${route.url} bad ${field}`);
      }
    }
  });

  it('refuses a NUL character (which PostgreSQL text cannot hold) in bodies, queries and sign-in alike', async () => {
    const nul = 'a\u0000b';
    const organizations = await send('GET', '/api/organizations?pageSize=1');
    const parentId = organizations.json().items[0].id;
    for (const [method, url, body] of [
      ['POST', '/api/organizations', { parentId, name: nul, kind: 'other' }],
      ['POST', '/api/auth/login', { username: nul, password: 'whatever-1' }],
      ['GET', `/api/users?q=${encodeURIComponent(nul)}`, undefined],
      ['GET', `/api/organizations?q=${encodeURIComponent(nul)}`, undefined],
    ] as const) {
      const response = await send(method, url, body === undefined ? undefined : JSON.stringify(body));
      expectCoded4xx(response, `${method} ${url}`);
      expect(response.json().code).toBe('validation.failed');
    }
  });

  it('answers an unknown route with a JSON 404 and wrote nothing for any of the above', async () => {
    const response = await send('GET', '/api/no-such-route');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ code: 'http.not_found' });
    expect(await countAudit()).toBe(auditRowsBefore);
  });
});
