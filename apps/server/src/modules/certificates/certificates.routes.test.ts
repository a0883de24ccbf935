import { spawnSync } from 'node:child_process';
import type { Certificate, CertificateSnapshot, Role } from '@liandong/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEventsAbout } from '../../../test/db-reads.ts';
import { addMemberWithNewUser, STRONG_PASSWORD, setUpInstallation } from '../../../test/factories.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, TestClient } from '../../../test/test-client.ts';
import {
  createFederationTree,
  type FederationTree,
  insertLedgerEntry,
  registerVolunteer,
  validResidentId,
} from '../../../test/volunteer-factories.ts';
import { newId } from '../../lib/ids.ts';

// poppler-utils is not a project dependency: text assertions on the PDF run only where pdftotext is installed.
const hasPdftotext = spawnSync('which', ['pdftotext']).status === 0;
/** pdftotext drops a hyphen where it wraps a line (the URL wraps), so compare URLs with hyphens removed. */
const withoutHyphens = (text: string) => text.replaceAll('-', '');
const pdfText = (pdf: Buffer) =>
  spawnSync('pdftotext', ['-', '-'], { input: pdf, maxBuffer: 64 * 1024 * 1024 })
    .stdout.toString('utf8')
    .replace(/\s+/g, '');

const PERIOD = { periodFrom: '2026-11-01', periodTo: '2026-11-23' };
const SIGNATURES = { personInCharge: '陈建华', handlerName: '王丽', handlerContact: '0571-8888 0000' };

describeEachDialect('service certificates', (t) => {
  let admin: TestClient;
  let a: FederationTree;
  let b: FederationTree;
  let coordinator: TestClient;
  let otherCoordinator: TestClient;
  let volunteerClient: TestClient;
  let volunteerId: string;
  let otherVolunteerId: string;
  const idNumber = validResidentId('1990-03-07', 'female', 417);

  const member = async (organizationId: string, role: Role) =>
    (await addMemberWithNewUser(t.app, admin, organizationId, role)).client;
  const issue = (client: TestClient, id: string, body: Record<string, unknown> = {}) =>
    client.post(`/api/volunteers/${id}/certificates`, { ...PERIOD, ...SIGNATURES, ...body });
  const issued = async (client: TestClient, id: string, body: Record<string, unknown> = {}) => {
    const response = await issue(client, id, body);
    expect(response.statusCode, response.body).toBe(201);
    return json<Certificate>(response);
  };
  const snapshotOf = async (id: string) => {
    const row = await t.db.selectFrom('serviceCertificates').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    return { raw: row.snapshot, snapshot: JSON.parse(row.snapshot) as CertificateSnapshot };
  };

  beforeAll(async () => {
    ({ admin } = await setUpInstallation(t.app));
    a = await createFederationTree(admin);
    b = await createFederationTree(admin);
    coordinator = await member(a.federationId, 'volunteer_coordinator');
    otherCoordinator = await member(b.federationId, 'volunteer_coordinator');
    const username = `cert${t.dialect}`;
    volunteerId = (
      await registerVolunteer(coordinator, a.stationId, {
        name: '林晓雯',
        gender: 'female',
        birthDate: '1990-03-07',
        idNumber,
        status: 'active',
        nationalNo: 'ZY2026000417',
        account: { username, password: STRONG_PASSWORD },
      })
    ).id;
    volunteerClient = new TestClient(t.app);
    await volunteerClient.login(username, STRONG_PASSWORD);
    otherVolunteerId = (await registerVolunteer(coordinator, a.stationId, { status: 'active' })).id;
    await insertLedgerEntry(t.db, otherVolunteerId, { date: '2026-11-02', hundredths: 300 });

    await insertLedgerEntry(t.db, volunteerId, { date: '2026-11-20', hundredths: 250, content: '陪伴独居长者' });
    const corrected = await insertLedgerEntry(t.db, volunteerId, {
      date: '2026-11-10',
      hundredths: 300,
      content: '课业辅导',
    });
    await insertLedgerEntry(t.db, volunteerId, {
      date: '2026-11-10',
      hundredths: -100,
      kind: 'correction',
      corrects: corrected,
    });
    const voided = await insertLedgerEntry(t.db, volunteerId, {
      date: '2026-11-05',
      hundredths: 150,
      content: '作废的记录',
    });
    await insertLedgerEntry(t.db, volunteerId, {
      date: '2026-11-05',
      hundredths: -150,
      kind: 'void',
      corrects: voided,
    });
    await insertLedgerEntry(t.db, volunteerId, {
      date: '2026-11-01',
      hundredths: 500,
      status: 'pending',
      content: '待审核',
    });
    await insertLedgerEntry(t.db, volunteerId, { date: '2026-10-15', hundredths: 400, content: '期间之外' });
    await insertLedgerEntry(t.db, volunteerId, { date: '2026-09-10', hundredths: 200, status: 'pending' });
  });

  describe('issuing', () => {
    it('issues a numbered certificate whose snapshot holds the period’s approved records and only the masked ID', async () => {
      const certificate = await issued(coordinator, volunteerId);
      expect(certificate).toMatchObject({
        volunteerId,
        volunteerName: '林晓雯',
        issuer: { id: a.federationId },
        periodFrom: '2026-11-01',
        periodTo: '2026-11-23',
        totalHundredths: 450,
        entryCount: 2,
        personInCharge: '陈建华',
        handlerName: '王丽',
        handlerContact: '0571-8888 0000',
        issuedOn: '2026-11-23',
        selfRequested: false,
        revoked: false,
      });
      expect(certificate.number).toMatch(/^LD[0-9A-F]{6}-20261123-\d{6}$/);
      expect(certificate.verifyToken).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(certificate.verifyToken).not.toContain(certificate.id);

      const { raw, snapshot } = await snapshotOf(certificate.id);
      expect(snapshot.volunteer).toEqual({
        name: '林晓雯',
        gender: 'female',
        idType: 'resident_id',
        idTypeLabel: '居民身份证',
        idNumberMasked: `331***********${idNumber.slice(-4)}`,
        localNo: expect.stringMatching(/^V\d{6}$/),
        nationalNo: 'ZY2026000417',
      });
      // Newest first; the correction folded into its record, the void and its original left out.
      expect(snapshot.records).toEqual([
        {
          date: '2026-11-20',
          title: '陪伴独居长者',
          content: '陪伴独居长者',
          hundredths: 250,
          organization: expect.any(String),
        },
        {
          date: '2026-11-10',
          title: '课业辅导',
          content: '课业辅导',
          hundredths: 200,
          organization: expect.any(String),
        },
      ]);
      expect(snapshot.issuer).toMatchObject({
        organizationId: a.federationId,
        personInCharge: '陈建华',
        handler: '王丽',
      });
      expect(raw).not.toContain(idNumber);
      expect(raw).not.toContain(idNumber.slice(3, 14));
      expect(raw).not.toContain('作废的记录');
      expect(raw).not.toContain('待审核');

      const events = await auditEventsAbout(t.db, certificate.id);
      expect(events.map((event) => event.action)).toEqual(['certificates.issue']);
      expect(events[0]!.changes).not.toContain(idNumber.slice(3, 14));
    });

    it('numbers certificates one after another per registry', async () => {
      const first = await issued(coordinator, otherVolunteerId);
      const second = await issued(coordinator, otherVolunteerId);
      const sequence = (number: string) => Number(number.split('-')[2]);
      const prefix = (number: string) => number.split('-')[0];
      expect(sequence(second.number)).toBe(sequence(first.number) + 1);
      expect(prefix(second.number)).toBe(prefix(first.number));

      const elsewhereId = (await registerVolunteer(otherCoordinator, b.stationId, { status: 'active' })).id;
      await insertLedgerEntry(t.db, elsewhereId, { date: '2026-11-03', hundredths: 100 });
      const elsewhere = await issued(otherCoordinator, elsewhereId);
      expect(sequence(elsewhere.number)).toBe(1);
      expect(prefix(elsewhere.number)).not.toBe(prefix(first.number));
    });

    it('refuses a period without approved hours, a period in the future and one that ends before it starts', async () => {
      const cases: [Record<string, unknown>, number, string][] = [
        [{ periodFrom: '2026-09-01', periodTo: '2026-09-30' }, 409, 'certificates.no_hours'],
        [{ periodFrom: '2026-12-01', periodTo: '2026-12-31' }, 400, 'certificates.period'],
        [{ periodFrom: '2026-11-01', periodTo: '2026-11-24' }, 400, 'certificates.period'],
        [{ periodFrom: '2026-11-20', periodTo: '2026-11-19' }, 400, 'certificates.period'],
        [{ periodFrom: '2026-02-30' }, 400, 'validation.failed'],
        [{ personInCharge: '  ' }, 400, 'validation.failed'],
      ];
      const before = await t.db.selectFrom('serviceCertificates').select('id').execute();
      for (const [body, status, code] of cases) {
        const response = await issue(coordinator, volunteerId, body);
        expect(response.statusCode, JSON.stringify(body)).toBe(status);
        expect(json(response).code, JSON.stringify(body)).toBe(code);
      }
      expect(await t.db.selectFrom('serviceCertificates').select('id').execute()).toHaveLength(before.length);
    });

    it('answers another federation’s coordinator as if the volunteer did not exist', async () => {
      const response = await issue(otherCoordinator, volunteerId);
      expect(response.statusCode).toBe(404);
      expect(json(response).code).toBe('volunteers.not_found');
      const list = await otherCoordinator.get(`/api/volunteers/${volunteerId}/certificates`);
      expect(json(list).code).toBe('volunteers.not_found');
    });
  });

  describe('the PDF', () => {
    it('downloads as an attachment named after the number, with the masked ID only, and is audited', async () => {
      const certificate = await issued(coordinator, volunteerId);
      const response = await coordinator.get(`/api/certificates/${certificate.id}.pdf`);
      expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toContain(
        `filename*=UTF-8''${encodeURIComponent(`志愿服务记录证明-${certificate.number}.pdf`)}`,
      );
      expect(response.headers['content-disposition']).toMatch(/^attachment;/);
      const pdf = response.rawPayload;
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      if (hasPdftotext) {
        const text = pdfText(pdf);
        expect(text).toContain(certificate.number);
        expect(text).toContain(`331***********${idNumber.slice(-4)}`);
        expect(withoutHyphens(text)).toContain(withoutHyphens(`/verify/${certificate.verifyToken}`));
        expect(text).toContain('陪伴独居长者');
        expect(text).not.toContain(idNumber);
        expect(text).not.toContain(idNumber.slice(3, 14));
        expect(text).not.toContain('已撤销');
      }
      // The same certificate downloads as the same bytes.
      const again = await coordinator.get(`/api/certificates/${certificate.id}.pdf`);
      expect(again.rawPayload.equals(pdf)).toBe(true);
      const events = await auditEventsAbout(t.db, certificate.id);
      expect(events.map((event) => event.action)).toEqual([
        'certificates.issue',
        'certificates.download',
        'certificates.download',
      ]);
    });

    it('prints the verification URL of the address the request came in at, as a trusted proxy tells it', async () => {
      const certificate = await issued(coordinator, volunteerId);
      const cookie = [...coordinator.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/certificates/${certificate.id}.pdf`,
        // The test client connects from loopback, which the default configuration trusts as a reverse proxy.
        headers: {
          cookie,
          host: '127.0.0.1:3000',
          'x-forwarded-proto': 'https',
          'x-forwarded-host': 'liandong.example.org',
        },
      });
      expect(response.statusCode).toBe(200);
      if (hasPdftotext)
        expect(withoutHyphens(pdfText(response.rawPayload))).toContain(
          withoutHyphens(`https://liandong.example.org/verify/${certificate.verifyToken}`),
        );
    });

    it('lets a volunteer download their own certificate but not another volunteer’s', async () => {
      const own = await issued(coordinator, volunteerId);
      const others = await issued(coordinator, otherVolunteerId);
      const mine = await volunteerClient.get(`/api/certificates/${own.id}.pdf`);
      expect(mine.statusCode).toBe(200);
      expect(mine.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const notMine = await volunteerClient.get(`/api/certificates/${others.id}.pdf`);
      expect(notMine.statusCode).toBe(404);
      expect(json(notMine).code).toBe('certificates.not_found');
      const elsewhere = await otherCoordinator.get(`/api/certificates/${own.id}.pdf`);
      expect(elsewhere.statusCode).toBe(404);
      expect(json(elsewhere).code).toBe('certificates.not_found');
      const missing = await coordinator.get(`/api/certificates/${newId()}.pdf`);
      expect(json(missing).code).toBe('certificates.not_found');
    });
  });

  describe('revocation and public verification', () => {
    it('shows only the listed fields publicly, then the revocation on the page and in the PDF', async () => {
      const certificate = await issued(coordinator, volunteerId);
      const anonymous = new TestClient(t.app);
      const valid = await anonymous.get(`/api/public/certificates/${certificate.verifyToken}`);
      expect(valid.statusCode, valid.body).toBe(200);
      expect(valid.headers['cache-control']).toBe('no-store');
      expect(json(valid)).toEqual({
        valid: true,
        revoked: false,
        number: certificate.number,
        name: '林**',
        period: { from: '2026-11-01', to: '2026-11-23' },
        totalHundredths: 450,
        entryCount: 2,
        issuerName: certificate.issuer.name,
        issuedOn: '2026-11-23',
      });
      expect(valid.body).not.toContain('林晓雯');
      expect(valid.body).not.toContain(idNumber.slice(-4));

      const before = await coordinator.get(`/api/certificates/${certificate.id}.pdf`);
      const otherRevoke = await otherCoordinator.post(`/api/certificates/${certificate.id}/revoke`, { reason: '越权' });
      expect(otherRevoke.statusCode).toBe(404);
      expect(json(otherRevoke).code).toBe('certificates.not_found');
      const revoked = await coordinator.post(`/api/certificates/${certificate.id}/revoke`, {
        reason: '记录有误，重新出具',
      });
      expect(revoked.statusCode, revoked.body).toBe(200);
      expect(json(revoked)).toMatchObject({
        revoked: true,
        revokeReason: '记录有误，重新出具',
        revokedAt: t.clock.now(),
      });
      const twice = await coordinator.post(`/api/certificates/${certificate.id}/revoke`, { reason: '再次' });
      expect(twice.statusCode).toBe(409);
      expect(json(twice).code).toBe('certificates.already_revoked');

      const checked = json(await anonymous.get(`/api/public/certificates/${certificate.verifyToken}`));
      expect(checked).toMatchObject({
        valid: false,
        revoked: true,
        revokedOn: '2026-11-23',
        number: certificate.number,
      });
      const after = await coordinator.get(`/api/certificates/${certificate.id}.pdf`);
      expect(after.statusCode).toBe(200);
      expect(after.rawPayload.equals(before.rawPayload)).toBe(false);
      if (hasPdftotext) expect(pdfText(after.rawPayload)).toContain('已撤销');
      expect((await auditEventsAbout(t.db, certificate.id)).map((event) => event.action)).toContain(
        'certificates.revoke',
      );
    });

    it('answers an unknown token with certificates.not_found and a malformed one with validation.failed', async () => {
      const anonymous = new TestClient(t.app);
      const unknown = await anonymous.get('/api/public/certificates/AAAAAAAAAAAAAAAAAAAAAAAA');
      expect(unknown.statusCode).toBe(404);
      expect(json(unknown).code).toBe('certificates.not_found');
      const malformed = await anonymous.get('/api/public/certificates/short');
      expect(malformed.statusCode).toBe(400);
      expect(json(malformed).code).toBe('validation.failed');
    });
  });

  describe('the volunteer’s own certificates', () => {
    it('issues one on request in the registry’s name, handled by the system, and lists only their own', async () => {
      const patched = await admin.patch(`/api/organizations/${a.federationId}`, {
        contactName: '赵主任',
        contactPhone: '0571-8888 0001',
      });
      expect(patched.statusCode, patched.body).toBe(200);
      const response = await volunteerClient.post('/api/me/certificates', PERIOD);
      expect(response.statusCode, response.body).toBe(201);
      const certificate = json<Certificate>(response);
      expect(certificate).toMatchObject({
        volunteerId,
        totalHundredths: 450,
        personInCharge: '赵主任',
        handlerName: '系统自动出具',
        handlerContact: '0571-8888 0001',
        selfRequested: true,
      });
      expect((await auditEventsAbout(t.db, certificate.id)).map((event) => event.action)).toEqual([
        'certificates.issue',
      ]);

      const noHours = await volunteerClient.post('/api/me/certificates', {
        periodFrom: '2026-09-01',
        periodTo: '2026-09-30',
      });
      expect(json(noHours).code).toBe('certificates.no_hours');
      const notMine = await volunteerClient.post('/api/me/certificates', { ...PERIOD, volunteerId: otherVolunteerId });
      expect(notMine.statusCode).toBe(404);
      expect(json(notMine).code).toBe('volunteers.not_found');

      const list = json<{ items: Certificate[] }>(await volunteerClient.get('/api/me/certificates'));
      expect(list.items.length).toBeGreaterThan(1);
      expect(list.items.every((item) => item.volunteerId === volunteerId)).toBe(true);
      expect(list.items[0]!.id).toBe(certificate.id);

      const staffList = json<{ items: Certificate[] }>(
        await coordinator.get(`/api/volunteers/${volunteerId}/certificates`),
      );
      expect(staffList.items.map((item) => item.id)).toEqual(list.items.map((item) => item.id));

      const notAVolunteer = await otherCoordinator.post('/api/me/certificates', PERIOD);
      expect(notAVolunteer.statusCode).toBe(403);
      expect(json(notAVolunteer).code).toBe('volunteers.not_a_volunteer');
      expect(json(await otherCoordinator.get('/api/me/certificates'))).toEqual({ items: [] });
    });
  });
});
