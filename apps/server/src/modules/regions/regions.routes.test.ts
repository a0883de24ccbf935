import { beforeAll, describe, expect, it } from 'vitest';
import { setUpInstallation } from '../../../test/factories.ts';
import { seedSignedInMember } from '../../../test/seed.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, TestClient } from '../../../test/test-client.ts';

const WENLING = '331081';
const TAIZHOU = '331000';
const ZHEJIANG = '330000';

describeEachDialect('regions and streets', (t) => {
  let admin: TestClient;
  let staff: TestClient;

  beforeAll(async () => {
    const installation = await setUpInstallation(t.app);
    admin = installation.admin;
    staff = await seedSignedInMember(t.app, t.db, installation.rootOrganizationId, 'staff1', 'staff');
  });

  const codesOf = (response: { json: () => { items: { code: string }[] } }) =>
    response.json().items.map((region) => region.code);

  describe('region search', () => {
    it('finds 温岭市 by characters, full pinyin and initials', async () => {
      for (const q of ['温岭', '岭市', 'wenling', 'WenLing', 'wen ling', 'wl', 'wls']) {
        const response = await staff.get(`/api/regions?q=${encodeURIComponent(q)}`);
        expect(response.statusCode, q).toBe(200);
        expect(codesOf(response), q).toContain(WENLING);
      }
      const region = json(await staff.get('/api/regions?q=wenling')).items[0];
      expect(region).toEqual({
        code: WENLING,
        name: '温岭市',
        level: 'county',
        parentCode: TAIZHOU,
        fullName: '浙江省 台州市 温岭市',
      });
    });

    it('matches pinyin and initials from the start only, and characters literally', async () => {
      expect(codesOf(await staff.get('/api/regions?q=ling&parentCode=331000'))).toEqual([]);
      expect(codesOf(await staff.get('/api/regions?q=ls&parentCode=331000'))).toEqual([]);
      expect(codesOf(await staff.get(`/api/regions?q=${encodeURIComponent('%')}`))).toEqual([]);
      expect(codesOf(await staff.get('/api/regions?q=_'))).toEqual([]);
    });

    it('ranks the exact name first, then matches at the start, then matches inside the name', async () => {
      const items = json(await staff.get(`/api/regions?q=${encodeURIComponent('台州市')}&limit=100`)).items;
      expect(items[0].code).toBe(TAIZHOU);
      const names: string[] = json(await staff.get(`/api/regions?q=${encodeURIComponent('温')}&limit=100`)).items.map(
        (region: { name: string }) => region.name,
      );
      const firstInside = names.findIndex((name) => !name.startsWith('温'));
      expect(firstInside).toBeGreaterThan(0);
      expect(names.slice(firstInside).every((name) => !name.startsWith('温'))).toBe(true);
    });

    it('filters by parent and level, and limits the result', async () => {
      const children = json(await staff.get(`/api/regions?parentCode=${TAIZHOU}`)).items;
      expect(children.length).toBeGreaterThanOrEqual(9);
      expect(children.every((region: { parentCode: string }) => region.parentCode === TAIZHOU)).toBe(true);
      const provinces = json(await staff.get('/api/regions?level=province&limit=100')).items;
      expect(provinces.length).toBeGreaterThanOrEqual(31);
      expect(provinces.every((region: { level: string }) => region.level === 'province')).toBe(true);
      expect(json(await staff.get('/api/regions')).items).toHaveLength(20);
      expect(json(await staff.get('/api/regions?q=wl&limit=2')).items).toHaveLength(2);
      expect(codesOf(await staff.get('/api/regions?q=zj&level=province'))).toEqual([ZHEJIANG]);
    });

    it('shows a region with its children, or 404', async () => {
      const taizhou = json(await staff.get(`/api/regions/${TAIZHOU}`));
      expect(taizhou).toMatchObject({ code: TAIZHOU, name: '台州市', level: 'city', parentCode: ZHEJIANG });
      expect(taizhou.children.map((child: { code: string }) => child.code)).toContain(WENLING);
      const missing = await staff.get('/api/regions/999999');
      expect(missing.statusCode).toBe(404);
      expect(json(missing).code).toBe('regions.not_found');
    });

    it('refuses bad query values and anonymous readers', async () => {
      for (const url of [
        '/api/regions?level=town',
        '/api/regions?parentCode=33',
        '/api/regions?limit=0',
        '/api/regions?limit=101',
        '/api/regions?unknown=1',
        `/api/regions?q=${'温'.repeat(51)}`,
        '/api/regions/abc',
      ]) {
        const response = await staff.get(url);
        expect(response.statusCode, url).toBe(400);
        expect(json(response).code, url).toBe('validation.failed');
      }
      const anonymous = await new TestClient(t.app).get('/api/regions?q=wl');
      expect(anonymous.statusCode).toBe(401);
      expect(json(anonymous).code).toBe('auth.unauthenticated');
    });
  });

  describe('streets', () => {
    it('creates a street beneath a county and stores its pinyin for search', async () => {
      const response = await admin.post('/api/streets', { countyCode: WENLING, name: '太平街道', kind: 'subdistrict' });
      expect(response.statusCode).toBe(201);
      expect(json(response)).toMatchObject({
        countyCode: WENLING,
        name: '太平街道',
        kind: 'subdistrict',
        code: null,
        communityCount: 0,
      });
      await admin.post('/api/streets', {
        countyCode: WENLING,
        name: '城东街道',
        kind: 'subdistrict',
        code: '331081002',
      });
      await admin.post('/api/streets', { countyCode: '331082', name: '古城街道', kind: 'subdistrict' });

      const inWenling = json(await staff.get(`/api/streets?countyCode=${WENLING}`)).items;
      expect(inWenling.map((street: { name: string }) => street.name)).toEqual(['城东街道', '太平街道']);
      for (const q of ['太平', 'taiping', 'tpjd']) {
        const found = json(await staff.get(`/api/streets?countyCode=${WENLING}&q=${encodeURIComponent(q)}`)).items;
        expect(
          found.map((street: { name: string }) => street.name),
          q,
        ).toEqual(['太平街道']);
      }
    });

    it('refuses a street beneath a city, a province or an unknown region', async () => {
      for (const countyCode of [TAIZHOU, ZHEJIANG]) {
        const response = await admin.post('/api/streets', { countyCode, name: '某街道', kind: 'subdistrict' });
        expect(response.statusCode).toBe(400);
        expect(json(response)).toMatchObject({
          code: 'regions.county_required',
          details: [{ path: 'body.countyCode' }],
        });
      }
      const unknown = await admin.post('/api/streets', { countyCode: '999999', name: '某街道', kind: 'subdistrict' });
      expect(unknown.statusCode).toBe(404);
      expect(json(unknown).code).toBe('regions.not_found');
    });

    it('refuses a second street of the same name in the same county, but not in another', async () => {
      const again = await admin.post('/api/streets', { countyCode: WENLING, name: '太平街道', kind: 'town' });
      expect(again.statusCode).toBe(409);
      expect(json(again)).toMatchObject({ code: 'streets.duplicate', details: [{ path: 'body.name' }] });
      const elsewhere = await admin.post('/api/streets', { countyCode: '331082', name: '太平街道', kind: 'town' });
      expect(elsewhere.statusCode).toBe(201);
    });

    it('renames a street, refusing a name its county already has', async () => {
      const streets = json(await admin.get(`/api/streets?countyCode=${WENLING}`)).items;
      const chengdong = streets.find((street: { name: string }) => street.name === '城东街道');
      const taken = await admin.patch(`/api/streets/${chengdong.id}`, { name: '太平街道' });
      expect(taken.statusCode).toBe(409);
      expect(json(taken).code).toBe('streets.duplicate');

      const renamed = await admin.patch(`/api/streets/${chengdong.id}`, { name: '城西街道', kind: 'town' });
      expect(renamed.statusCode).toBe(200);
      expect(json(renamed)).toMatchObject({ name: '城西街道', kind: 'town', code: '331081002' });
      const found = json(await staff.get(`/api/streets?q=cxjd`)).items;
      expect(found.map((street: { id: string }) => street.id)).toEqual([chengdong.id]);

      const events = json(await admin.get(`/api/audit-events?entityType=street&entityId=${chengdong.id}`)).items;
      expect(events.map((event: { action: string }) => event.action)).toEqual(['streets.update', 'streets.create']);
      expect(events[0].changes).toEqual({
        name: { before: '城东街道', after: '城西街道' },
        kind: { before: 'subdistrict', after: 'town' },
      });

      const missing = await admin.patch('/api/streets/0190a3c0-0000-7000-8000-000000000000', { name: '无' });
      expect(missing.statusCode).toBe(404);
      expect(json(missing).code).toBe('streets.not_found');
    });

    it('refuses invalid street input', async () => {
      for (const body of [
        { countyCode: WENLING, name: '', kind: 'subdistrict' },
        { countyCode: WENLING, name: '街'.repeat(51), kind: 'subdistrict' },
        { countyCode: WENLING, name: '某街道', kind: 'district' },
        { countyCode: '3310', name: '某街道', kind: 'subdistrict' },
        { countyCode: WENLING, name: '某街道', kind: 'town', code: '12345' },
        { countyCode: WENLING, name: '某街道', kind: 'town', extra: 1 },
        { name: '某街道', kind: 'town' },
      ]) {
        const response = await admin.post('/api/streets', body);
        expect(response.statusCode, JSON.stringify(body)).toBe(400);
        expect(json(response).code).toBe('validation.failed');
      }
      const badId = await admin.patch('/api/streets/not-an-id', { name: '某街道' });
      expect(badId.statusCode).toBe(400);
    });

    it('lets a signed-in user without regions.manage read but not write', async () => {
      expect((await staff.get(`/api/streets?countyCode=${WENLING}`)).statusCode).toBe(200);
      const created = await staff.post('/api/streets', { countyCode: WENLING, name: '新河镇', kind: 'town' });
      expect(created.statusCode).toBe(403);
      expect(json(created).code).toBe('auth.forbidden');
      const street = json(await staff.get(`/api/streets?countyCode=${WENLING}`)).items[0];
      const renamed = await staff.patch(`/api/streets/${street.id}`, { name: '新河镇' });
      expect(renamed.statusCode).toBe(403);
      expect(json(renamed).code).toBe('auth.forbidden');
      const anonymous = await new TestClient(t.app).get('/api/streets');
      expect(anonymous.statusCode).toBe(401);
    });
  });
});
