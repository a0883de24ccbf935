import type { FastifyInstance } from 'fastify';
import { TestClient } from './test-client.ts';

export const ADMIN = { username: 'admin', displayName: '平台管理员', password: 'Liandong2026pass' };
export const STRONG_PASSWORD = 'Member2026pass';

/** Completes first-run setup and returns a signed-in platform administrator and the first organization's id. */
export async function setUpInstallation(app: FastifyInstance) {
  const admin = new TestClient(app);
  const response = await admin.post('/api/setup', {
    admin: ADMIN,
    organization: { name: '阳光社会工作服务中心', kind: 'social_work_agency', legalStatus: 'registered' },
  });
  if (response.statusCode !== 201) throw new Error(`setup failed: ${response.statusCode} ${response.body}`);
  const session = await admin.login(ADMIN.username, ADMIN.password);
  return { admin, rootOrganizationId: session.actingOrganizationId as string };
}
