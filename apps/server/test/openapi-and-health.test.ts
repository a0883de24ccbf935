import { expect, it } from 'vitest';
import { describeEachDialect } from './test-app.ts';
import { TestClient } from './test-client.ts';

describeEachDialect('OpenAPI and health', (t) => {
  it('serves an OpenAPI document that lists every API route', async () => {
    const response = await new TestClient(t.app).get('/api/openapi.json');
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    const documented = new Set(Object.keys(document.paths));
    for (const route of t.app.apiRoutes) {
      if (route.url.startsWith('/api/docs') || route.url === '/api/openapi.json') continue;
      expect(documented, route.url).toContain(route.url.replace(/:(\w+)/g, '{$1}'));
    }
  });

  it('serves the browsable API documentation', async () => {
    const response = await new TestClient(t.app).get('/api/docs/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });

  it('reports database reachability, dialect and version', async () => {
    const response = await new TestClient(t.app).get('/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', database: { reachable: true, dialect: t.dialect } });
    expect(response.json().database.version).toMatch(/\d+\.\d+/);
  });
});
