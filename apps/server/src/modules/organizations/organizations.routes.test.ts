import { beforeAll, describe, expect, it } from 'vitest';
import { auditEventsAbout, organizationPathOf } from '../../../test/db-reads.ts';
import { addMemberWithNewUser, createOrganization, setUpInstallation } from '../../../test/factories.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, type TestClient } from '../../../test/test-client.ts';
import { newId } from '../../lib/ids.ts';

// A valid 统一社会信用代码 (its GB 32100 check character computed for this 17-character stem).
const USCC_A = '91331081MA2AB0001C';

describeEachDialect('organizations', (t) => {
  let admin: TestClient;
  let rootId: string;

  beforeAll(async () => {
    ({ admin, rootOrganizationId: rootId } = await setUpInstallation(t.app));
  });

  const auditOf = (entityId: string) => auditEventsAbout(t.db, entityId);
  const pathOf = (id: string) => organizationPathOf(t.db, id);

  describe('create and read', () => {
    it('creates a child with every field and shows region, community and counts', async () => {
      const streetId = newId();
      const communityId = newId();
      await t.db
        .insertInto('streets')
        .values({
          id: streetId,
          countyCode: '331081',
          name: '太平街道',
          kind: 'subdistrict',
          code: null,
          pinyin: 'taiping',
          initials: 'tp',
          createdAt: 0,
          updatedAt: 0,
        })
        .execute();
      await t.db
        .insertInto('communities')
        .values({
          id: communityId,
          streetId,
          countyCode: '331081',
          name: '东门社区',
          type: 'residential',
          code: null,
          description: null,
          pinyin: 'dongmen',
          initials: 'dm',
          createdAt: 0,
          updatedAt: 0,
        })
        .execute();

      const response = await admin.post('/api/organizations', {
        parentId: rootId,
        name: '温岭市义工联合会',
        shortName: '温岭义工联',
        kind: 'volunteer_federation',
        regionCode: '331081',
        communityId,
        legalStatus: 'registered',
        uscc: USCC_A.toLowerCase(),
        contactName: '林老师',
        contactPhone: '13800000000',
        address: '太平街道东门路1号',
        description: '全市志愿服务枢纽',
      });
      expect(response.statusCode).toBe(201);
      const created = json(response);
      expect(created).toMatchObject({
        parentId: rootId,
        name: '温岭市义工联合会',
        shortName: '温岭义工联',
        kind: 'volunteer_federation',
        regionCode: '331081',
        regionName: '浙江省 台州市 温岭市',
        communityId,
        communityName: '东门社区',
        legalStatus: 'registered',
        uscc: USCC_A,
        childCount: 0,
        memberCount: 0,
      });
      expect(created).not.toHaveProperty('path');
      expect(await pathOf(created.id)).toEqual({ path: `/${rootId}/${created.id}/`, depth: 1 });

      await addMemberWithNewUser(t.app, admin, created.id, 'staff');
      await addMemberWithNewUser(t.app, admin, created.id, 'volunteer');
      const root = json(await admin.get(`/api/organizations/${rootId}`));
      expect(root.childCount).toBeGreaterThanOrEqual(1);
      const read = json(await admin.get(`/api/organizations/${created.id}`));
      expect(read.memberCount).toBe(2);

      const [event] = await auditOf(created.id);
      expect(event).toMatchObject({ action: 'organizations.create', scopePath: `/${rootId}/${created.id}/` });
      const changes = JSON.parse(event!.changes!);
      expect(changes.name.after).toBe('温岭市义工联合会');
      expect(changes.contactPhone.after).toBe('[redacted]');
    });

    it('answers a code for each bad reference and writes nothing', async () => {
      const before = json(await admin.get('/api/organizations?pageSize=500')).total;
      const cases: [Record<string, unknown>, number, string][] = [
        [{ uscc: '91331081MA2AB0001D' }, 400, 'organizations.uscc_invalid'],
        [{ uscc: 'not-a-code' }, 400, 'organizations.uscc_invalid'],
        [{ uscc: USCC_A }, 409, 'organizations.uscc_taken'],
        [{ regionCode: '999999' }, 400, 'regions.not_found'],
        [{ communityId: newId() }, 400, 'communities.not_found'],
        [{ parentId: newId() }, 404, 'organizations.parent_not_found'],
        [{ kind: 'club' }, 400, 'validation.failed'],
        [{ name: '' }, 400, 'validation.failed'],
        [{ unknownField: 1 }, 400, 'validation.failed'],
      ];
      for (const [fields, status, code] of cases) {
        const response = await admin.post('/api/organizations', {
          parentId: rootId,
          name: '不应创建',
          kind: 'other',
          ...fields,
        });
        expect(response.statusCode, JSON.stringify(fields)).toBe(status);
        expect(json(response).code, JSON.stringify(fields)).toBe(code);
      }
      const invalid = await admin.post('/api/organizations', {
        parentId: rootId,
        name: '坏码',
        kind: 'other',
        uscc: 'X',
      });
      expect(json(invalid).details).toEqual([{ path: 'body.uscc' }]);
      expect(json(await admin.get('/api/organizations?pageSize=500')).total).toBe(before);
    });

    it('lets only a platform administrator create a root organization', async () => {
      const root = await createOrganization(admin, null, { name: '第二个顶级机构', kind: 'hub_org' });
      expect(root.parentId).toBeNull();
      expect(await pathOf(root.id)).toEqual({ path: `/${root.id}/`, depth: 0 });

      const { client: orgAdmin } = await addMemberWithNewUser(t.app, admin, rootId, 'org_admin');
      const refused = await orgAdmin.post('/api/organizations', { parentId: null, name: '越权顶级', kind: 'other' });
      expect(refused.statusCode).toBe(403);
      expect(json(refused).code).toBe('auth.forbidden');
      const child = await createOrganization(orgAdmin, rootId, { name: '管理员建的下级' });
      expect(child.parentId).toBe(rootId);
    });

    it('answers an unknown id with organizations.not_found', async () => {
      const response = await admin.get(`/api/organizations/${newId()}`);
      expect(response.statusCode).toBe(404);
      expect(json(response).code).toBe('organizations.not_found');
    });

    it('lists with search, kind and parent filters and pages', async () => {
      const parent = await createOrganization(admin, rootId, { name: '筛选测试父机构', kind: 'hub_org' });
      await createOrganization(admin, parent.id, { name: 'Alpha 服务站', kind: 'service_station' });
      await createOrganization(admin, parent.id, { name: 'alpha 义工队', kind: 'volunteer_team' });
      await createOrganization(admin, parent.id, { name: '百分之100%队', kind: 'volunteer_team', shortName: 'ALPHA' });

      const byParent = json(await admin.get(`/api/organizations?parentId=${parent.id}`));
      expect(byParent.total).toBe(3);
      const search = json(await admin.get(`/api/organizations?q=ALPHA&parentId=${parent.id}`));
      expect(search.items.map((o: any) => o.name).sort()).toEqual(['Alpha 服务站', 'alpha 义工队', '百分之100%队']);
      const literal = json(await admin.get(`/api/organizations?q=${encodeURIComponent('0%')}`));
      expect(literal.items.map((o: any) => o.name)).toEqual(['百分之100%队']);
      const teams = json(await admin.get(`/api/organizations?kind=volunteer_team&parentId=${parent.id}`));
      expect(teams.total).toBe(2);
      const page = json(await admin.get(`/api/organizations?parentId=${parent.id}&page=2&pageSize=2`));
      expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(page.items).toHaveLength(1);
    });
  });

  describe('tree', () => {
    it('lists the subtree parents before children, with depth', async () => {
      const top = await createOrganization(admin, rootId, { name: '树顶' });
      const left = await createOrganization(admin, top.id, { name: '左枝' });
      const right = await createOrganization(admin, top.id, { name: '右枝' });
      const leaf = await createOrganization(admin, left.id, { name: '叶' });
      const { client: topAdmin } = await addMemberWithNewUser(t.app, admin, top.id, 'org_admin');

      const { items } = json(await topAdmin.get('/api/organizations/tree'));
      expect(items.map((node: any) => node.id)).toEqual([top.id, left.id, leaf.id, right.id]);
      expect(items[0]).toEqual({
        id: top.id,
        parentId: rootId,
        name: '树顶',
        shortName: null,
        kind: 'social_work_agency',
        legalStatus: 'none',
        depth: 1,
      });
      expect(items.map((node: any) => node.depth)).toEqual([1, 2, 3, 2]);

      const all = json(await admin.get('/api/organizations/tree')).items;
      expect(all[0].id).toBe(rootId);
      const index = new Map(all.map((node: any, i: number) => [node.id, i]));
      for (const node of all)
        if (node.parentId) expect(index.get(node.parentId)).toBeLessThan(index.get(node.id) as number);
    });
  });
});
