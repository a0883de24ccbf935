import { beforeAll, describe, expect, it } from 'vitest';
import { setUpInstallation } from '../../../test/factories.ts';
import { seedSignedInMember } from '../../../test/seed.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, type TestClient } from '../../../test/test-client.ts';

const WENLING = '331081';
const LINHAI = '331082';
const MISSING_ID = '0190a3c0-0000-7000-8000-000000000000';

describeEachDialect('communities, grids and buildings', (t) => {
  let admin: TestClient;
  let volunteer: TestClient;
  let taiping: string;
  let chengdong: string;
  let gucheng: string;

  beforeAll(async () => {
    const installation = await setUpInstallation(t.app);
    admin = installation.admin;
    volunteer = await seedSignedInMember(t.app, t.db, installation.rootOrganizationId, 'volunteer1', 'volunteer');
    const street = async (countyCode: string, name: string) =>
      json(await admin.post('/api/streets', { countyCode, name, kind: 'subdistrict' })).id as string;
    taiping = await street(WENLING, '太平街道');
    chengdong = await street(WENLING, '城东街道');
    gucheng = await street(LINHAI, '古城街道');
  });

  const namesOf = (response: { json: () => { items: { name: string }[] } }) =>
    response.json().items.map((item) => item.name);

  describe('communities', () => {
    it('creates a community beneath a street, carrying the street’s county', async () => {
      const response = await admin.post('/api/communities', {
        streetId: taiping,
        name: '万昌社区',
        type: 'residential',
        code: '331081001001',
        description: '老旧小区为主',
      });
      expect(response.statusCode).toBe(201);
      expect(json(response)).toMatchObject({
        streetId: taiping,
        streetName: '太平街道',
        countyCode: WENLING,
        name: '万昌社区',
        type: 'residential',
        code: '331081001001',
        description: '老旧小区为主',
        gridCount: 0,
        buildingCount: 0,
      });
      await admin.post('/api/communities', { streetId: taiping, name: '横湖村', type: 'rural' });
      await admin.post('/api/communities', { streetId: chengdong, name: '东辉社区', type: 'urban_village' });
      await admin.post('/api/communities', { streetId: gucheng, name: '东湖社区', type: 'mixed_use' });

      const street = json(await admin.get(`/api/streets?countyCode=${WENLING}`)).items;
      expect(street.find((s: { id: string }) => s.id === taiping).communityCount).toBe(2);
    });

    it('lists and filters communities by county, street, type and name, pinyin or initials', async () => {
      const all = json(await volunteer.get('/api/communities'));
      expect(all).toMatchObject({ total: 4, page: 1, pageSize: 50 });
      expect(namesOf(await volunteer.get(`/api/communities?countyCode=${WENLING}`)).sort()).toEqual(
        ['东辉社区', '万昌社区', '横湖村'].sort(),
      );
      expect(namesOf(await volunteer.get(`/api/communities?streetId=${taiping}`)).sort()).toEqual(
        ['万昌社区', '横湖村'].sort(),
      );
      expect(namesOf(await volunteer.get('/api/communities?type=rural'))).toEqual(['横湖村']);
      for (const q of ['万昌', '昌社', 'wanchang', 'Wan Chang', 'wcsq', 'wc']) {
        expect(namesOf(await volunteer.get(`/api/communities?q=${encodeURIComponent(q)}`)), q).toEqual(['万昌社区']);
      }
      expect(namesOf(await volunteer.get(`/api/communities?q=dh&countyCode=${LINHAI}`))).toEqual(['东湖社区']);
      expect(namesOf(await volunteer.get('/api/communities?q=chang'))).toEqual([]);

      const first = json(await volunteer.get('/api/communities?pageSize=3'));
      const second = json(await volunteer.get('/api/communities?pageSize=3&page=2'));
      expect(first.items).toHaveLength(3);
      expect(second).toMatchObject({ total: 4, page: 2, pageSize: 3 });
      expect(second.items).toHaveLength(1);
      const ids = [...first.items, ...second.items].map((community: { id: string }) => community.id);
      expect(new Set(ids).size).toBe(4);
    });

    it('refuses a duplicate name in the same street, an unknown street and bad input', async () => {
      const again = await admin.post('/api/communities', { streetId: taiping, name: '万昌社区', type: 'rural' });
      expect(again.statusCode).toBe(409);
      expect(json(again)).toMatchObject({ code: 'communities.duplicate', details: [{ path: 'body.name' }] });
      const otherStreet = await admin.post('/api/communities', {
        streetId: chengdong,
        name: '万昌社区',
        type: 'rural',
      });
      expect(otherStreet.statusCode).toBe(201);

      const unknown = await admin.post('/api/communities', { streetId: MISSING_ID, name: '某社区', type: 'rural' });
      expect(unknown.statusCode).toBe(404);
      expect(json(unknown).code).toBe('streets.not_found');

      for (const body of [
        { streetId: taiping, name: '某社区', type: 'suburb' },
        { streetId: 'nope', name: '某社区', type: 'rural' },
        { streetId: taiping, name: '  ', type: 'rural' },
        { streetId: taiping, name: '某社区', type: 'rural', code: '3310810010' },
        { streetId: taiping, name: '某社区', type: 'rural', countyCode: WENLING },
      ]) {
        const response = await admin.post('/api/communities', body);
        expect(response.statusCode, JSON.stringify(body)).toBe(400);
        expect(json(response).code).toBe('validation.failed');
      }
      for (const url of ['/api/communities?type=x', '/api/communities?pageSize=201', '/api/communities?streetId=1']) {
        expect((await volunteer.get(url)).statusCode, url).toBe(400);
      }
    });

    it('shows and updates a community, with before and after in the audit trail', async () => {
      const [wanchang] = json(await admin.get(`/api/communities?q=wanchang&streetId=${taiping}`)).items;
      expect(json(await volunteer.get(`/api/communities/${wanchang.id}`)).name).toBe('万昌社区');

      const taken = await admin.patch(`/api/communities/${wanchang.id}`, { name: '横湖村' });
      expect(taken.statusCode).toBe(409);
      expect(json(taken).code).toBe('communities.duplicate');

      const updated = await admin.patch(`/api/communities/${wanchang.id}`, {
        name: '万昌新社区',
        type: 'village_to_residence',
        description: '',
      });
      expect(updated.statusCode).toBe(200);
      expect(json(updated)).toMatchObject({
        name: '万昌新社区',
        type: 'village_to_residence',
        description: null,
        code: '331081001001',
        streetName: '太平街道',
      });
      expect(namesOf(await volunteer.get('/api/communities?q=wcxsq'))).toEqual(['万昌新社区']);

      const [event] = json(await admin.get(`/api/audit-events?entityType=community&entityId=${wanchang.id}`)).items;
      expect(event).toMatchObject({ action: 'communities.update', userDisplayName: '平台管理员' });
      expect(event.changes).toEqual({
        name: { before: '万昌社区', after: '万昌新社区' },
        type: { before: 'residential', after: 'village_to_residence' },
        description: { before: '老旧小区为主', after: null },
      });

      for (const [url, code] of [
        [`/api/communities/${MISSING_ID}`, 'communities.not_found'],
        ['/api/communities/123', 'validation.failed'],
      ] as const) {
        const response = await volunteer.get(url);
        expect(json(response).code, url).toBe(code);
      }
      const missing = await admin.patch(`/api/communities/${MISSING_ID}`, { name: '无' });
      expect(missing.statusCode).toBe(404);
      expect(json(missing).code).toBe('communities.not_found');
      const moved = await admin.patch(`/api/communities/${wanchang.id}`, { streetId: chengdong });
      expect(json(moved).code).toBe('validation.failed');
    });
  });

  describe('grids and buildings', () => {
    let community: string;
    let other: string;

    beforeAll(async () => {
      community = json(
        await admin.post('/api/communities', { streetId: chengdong, name: '楼栋社区', type: 'residential' }),
      ).id;
      other = json(
        await admin.post('/api/communities', { streetId: chengdong, name: '邻近社区', type: 'residential' }),
      ).id;
    });

    it('adds grids, refusing a duplicate name in the same community', async () => {
      const first = await admin.post(`/api/communities/${community}/grids`, { name: '第2网格' });
      expect(first.statusCode).toBe(201);
      expect(json(first)).toMatchObject({ communityId: community, name: '第2网格' });
      await admin.post(`/api/communities/${community}/grids`, { name: '第10网格' });
      await admin.post(`/api/communities/${community}/grids`, { name: '第1网格' });
      expect(namesOf(await volunteer.get(`/api/communities/${community}/grids`))).toEqual([
        '第1网格',
        '第2网格',
        '第10网格',
      ]);

      const again = await admin.post(`/api/communities/${community}/grids`, { name: '第1网格' });
      expect(again.statusCode).toBe(409);
      expect(json(again).code).toBe('grids.duplicate');
      expect((await admin.post(`/api/communities/${other}/grids`, { name: '第1网格' })).statusCode).toBe(201);

      const nowhere = await admin.post(`/api/communities/${MISSING_ID}/grids`, { name: '第1网格' });
      expect(nowhere.statusCode).toBe(404);
      expect(json(nowhere).code).toBe('communities.not_found');
      expect(json(await volunteer.get(`/api/communities/${MISSING_ID}/grids`)).code).toBe('communities.not_found');
      expect(json(await admin.post(`/api/communities/${community}/grids`, { name: '' })).code).toBe(
        'validation.failed',
      );
    });

    it('adds buildings, in a grid of the same community only', async () => {
      const grids = json(await admin.get(`/api/communities/${community}/grids`)).items;
      const otherGrid = json(await admin.get(`/api/communities/${other}/grids`)).items[0];

      const inGrid = await admin.post(`/api/communities/${community}/buildings`, { name: '2幢', gridId: grids[0].id });
      expect(inGrid.statusCode).toBe(201);
      expect(json(inGrid)).toMatchObject({ communityId: community, gridId: grids[0].id, name: '2幢' });
      const loose = await admin.post(`/api/communities/${community}/buildings`, { name: '10幢' });
      expect(json(loose)).toMatchObject({ gridId: null, name: '10幢' });

      const foreignGrid = await admin.post(`/api/communities/${community}/buildings`, {
        name: '3幢',
        gridId: otherGrid.id,
      });
      expect(foreignGrid.statusCode).toBe(404);
      expect(json(foreignGrid)).toMatchObject({ code: 'grids.not_found', details: [{ path: 'body.gridId' }] });
      const unknownGrid = await admin.post(`/api/communities/${community}/buildings`, {
        name: '3幢',
        gridId: MISSING_ID,
      });
      expect(json(unknownGrid).code).toBe('grids.not_found');

      const again = await admin.post(`/api/communities/${community}/buildings`, { name: '2幢' });
      expect(again.statusCode).toBe(409);
      expect(json(again).code).toBe('buildings.duplicate');

      expect(namesOf(await volunteer.get(`/api/communities/${community}/buildings`))).toEqual(['2幢', '10幢']);
      expect(json(await volunteer.get(`/api/communities/${community}`))).toMatchObject({
        gridCount: 3,
        buildingCount: 2,
      });
      const events = json(await admin.get(`/api/audit-events?entityType=building`)).items;
      expect(events[0]).toMatchObject({
        action: 'buildings.create',
        changes: { name: { before: null, after: '10幢' }, communityId: { before: null, after: community } },
      });
    });

    it('lets a volunteer read but not add grids, buildings or communities', async () => {
      for (const [url, body] of [
        [`/api/communities/${community}/grids`, { name: '第9网格' }],
        [`/api/communities/${community}/buildings`, { name: '9幢' }],
        ['/api/communities', { streetId: chengdong, name: '新社区', type: 'rural' }],
      ] as const) {
        const response = await volunteer.post(url, body);
        expect(response.statusCode, url).toBe(403);
        expect(json(response).code).toBe('auth.forbidden');
      }
      const patched = await volunteer.patch(`/api/communities/${community}`, { name: '改名' });
      expect(json(patched).code).toBe('auth.forbidden');
      expect(json(await volunteer.get(`/api/communities/${community}`)).name).toBe('楼栋社区');
    });
  });
});
