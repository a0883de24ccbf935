import { beforeAll, describe, expect, it } from 'vitest';
import { auditEventsAbout, organizationPathOf } from '../../../test/db-reads.ts';
import { addMemberWithNewUser, createOrganization, setUpInstallation } from '../../../test/factories.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, type TestClient } from '../../../test/test-client.ts';
import { newId } from '../../lib/ids.ts';

// A valid 统一社会信用代码 (its GB 32100 check character computed for this 17-character stem).
const USCC_B = '52331081MA2AB0002G';

describeEachDialect('organization updates and moves', (t) => {
  let admin: TestClient;
  let rootId: string;

  beforeAll(async () => {
    ({ admin, rootOrganizationId: rootId } = await setUpInstallation(t.app));
  });

  const auditOf = (entityId: string) => auditEventsAbout(t.db, entityId);
  const pathOf = (id: string) => organizationPathOf(t.db, id);

  describe('update and move', () => {
    it('changes only the fields sent and records before and after', async () => {
      const organization = await createOrganization(admin, rootId, {
        name: '改名前',
        legalStatus: 'filed',
        shortName: '旧简称',
      });
      const response = await admin.patch(`/api/organizations/${organization.id}`, {
        name: '改名后',
        shortName: '',
        uscc: USCC_B,
      });
      expect(response.statusCode).toBe(200);
      expect(json(response)).toMatchObject({ name: '改名后', shortName: null, legalStatus: 'filed', uscc: USCC_B });

      const again = await admin.patch(`/api/organizations/${organization.id}`, { uscc: USCC_B });
      expect(again.statusCode).toBe(200);
      const other = await createOrganization(admin, rootId);
      const taken = await admin.patch(`/api/organizations/${other.id}`, { uscc: USCC_B });
      expect(taken.statusCode).toBe(409);
      expect(json(taken).code).toBe('organizations.uscc_taken');
      const invalid = await admin.patch(`/api/organizations/${other.id}`, { uscc: '91331081MA2AB0001A' });
      expect(json(invalid).code).toBe('organizations.uscc_invalid');
      expect(json(await admin.patch(`/api/organizations/${other.id}`, { regionCode: '000000' })).code).toBe(
        'regions.not_found',
      );
      expect(json(await admin.patch(`/api/organizations/${newId()}`, { name: 'x' })).code).toBe(
        'organizations.not_found',
      );

      const events = await auditOf(organization.id);
      const update = events.find((event) => event.action === 'organizations.update')!;
      expect(JSON.parse(update.changes!)).toMatchObject({
        name: { before: '改名前', after: '改名后' },
        shortName: { before: '旧简称', after: null },
        uscc: { before: null, after: USCC_B },
      });
    });

    it('moves an organization with its whole subtree and recomputes paths and depths', async () => {
      const from = await createOrganization(admin, rootId, { name: '原上级' });
      const to = await createOrganization(admin, rootId, { name: '新上级' });
      const toChild = await createOrganization(admin, to.id, { name: '新上级的下级' });
      const moving = await createOrganization(admin, from.id, { name: '搬迁机构' });
      const child = await createOrganization(admin, moving.id, { name: '搬迁机构的下级' });
      const grandchild = await createOrganization(admin, child.id, { name: '再下一级' });

      const response = await admin.patch(`/api/organizations/${moving.id}`, { parentId: toChild.id });
      expect(response.statusCode).toBe(200);
      expect(json(response).parentId).toBe(toChild.id);
      const base = `/${rootId}/${to.id}/${toChild.id}/${moving.id}/`;
      expect(await pathOf(moving.id)).toEqual({ path: base, depth: 3 });
      expect(await pathOf(child.id)).toEqual({ path: `${base}${child.id}/`, depth: 4 });
      expect(await pathOf(grandchild.id)).toEqual({ path: `${base}${child.id}/${grandchild.id}/`, depth: 5 });
      expect(await pathOf(from.id)).toEqual({ path: `/${rootId}/${from.id}/`, depth: 1 });
      expect(json(await admin.get(`/api/organizations/${from.id}`)).childCount).toBe(0);

      const move = (await auditOf(moving.id)).find((event) => event.action === 'organizations.move')!;
      expect(JSON.parse(move.changes!).parentId).toEqual({ before: from.id, after: toChild.id });

      // Up to a root and back: depth shifts the other way too.
      await admin.patch(`/api/organizations/${moving.id}`, { parentId: null });
      expect(await pathOf(grandchild.id)).toEqual({ path: `/${moving.id}/${child.id}/${grandchild.id}/`, depth: 2 });
      await admin.patch(`/api/organizations/${moving.id}`, { parentId: from.id });
      expect(await pathOf(grandchild.id)).toEqual({
        path: `/${rootId}/${from.id}/${moving.id}/${child.id}/${grandchild.id}/`,
        depth: 4,
      });
    });

    it('refuses moves under itself or a descendant, to unknown parents, and of the acting organization', async () => {
      const top = await createOrganization(admin, rootId, { name: '防环' });
      const child = await createOrganization(admin, top.id);
      for (const parentId of [top.id, child.id]) {
        const response = await admin.patch(`/api/organizations/${top.id}`, { parentId });
        expect(response.statusCode).toBe(400);
        expect(json(response).code).toBe('organizations.cycle');
      }
      const unknown = await admin.patch(`/api/organizations/${top.id}`, { parentId: newId() });
      expect(unknown.statusCode).toBe(404);
      expect(json(unknown).code).toBe('organizations.parent_not_found');
      expect(await pathOf(top.id)).toEqual({ path: `/${rootId}/${top.id}/`, depth: 1 });

      const { client: topAdmin } = await addMemberWithNewUser(t.app, admin, top.id, 'org_admin');
      const sibling = await createOrganization(topAdmin, top.id);
      const ownMove = await topAdmin.patch(`/api/organizations/${top.id}`, { parentId: sibling.id });
      expect(ownMove.statusCode).toBe(403);
      expect(json(ownMove).code).toBe('auth.forbidden');
      const toRoot = await topAdmin.patch(`/api/organizations/${child.id}`, { parentId: null });
      expect(json(toRoot).code).toBe('auth.forbidden');
      // Unchanged parent counts as no move, so the edit form may send it back.
      const edit = await topAdmin.patch(`/api/organizations/${top.id}`, {
        parentId: rootId,
        description: '自己改描述',
      });
      expect(edit.statusCode).toBe(200);
      const outside = await topAdmin.patch(`/api/organizations/${child.id}`, { parentId: rootId });
      expect(json(outside).code).toBe('organizations.parent_not_found');
      expect((await topAdmin.patch(`/api/organizations/${child.id}`, { parentId: sibling.id })).statusCode).toBe(200);
    });

    it('refuses organization writes to roles without organizations.manage', async () => {
      const organization = await createOrganization(admin, rootId);
      const { client: worker } = await addMemberWithNewUser(t.app, admin, organization.id, 'social_worker');
      expect((await worker.get(`/api/organizations/${organization.id}`)).statusCode).toBe(200);
      const patch = await worker.patch(`/api/organizations/${organization.id}`, { name: '社工改名' });
      expect(patch.statusCode).toBe(403);
      expect(json(patch).code).toBe('auth.forbidden');
      const create = await worker.post('/api/organizations', {
        parentId: organization.id,
        name: '社工建',
        kind: 'other',
      });
      expect(json(create).code).toBe('auth.forbidden');
    });
  });
});
