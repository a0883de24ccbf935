import {
  ACTIVITY_TYPES,
  ageOn,
  COMMUNITY_TYPES,
  isValidUscc,
  type MyHours,
  type MyStars,
  ROLES,
  SIGNUP_FLOWS,
  type VolunteerProfile,
} from '@liandong/domain';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/test-app.ts';
import { TestClient } from '../../test/test-client.ts';
import { calendarDayOf } from '../lib/calendar.ts';
import { DEMO_TIME_ZONE } from './demo-calendar.ts';
import type { DemoLogin } from './demo-logins.ts';
import { formatDemoLogins } from './demo-logins.ts';
import { generateDemoPassword } from './demo-password.ts';
import { generateDemoData } from './generate-demo-data.ts';

describeEachDialect('demo data', (t) => {
  const password = generateDemoPassword();
  let logins: DemoLogin[];

  beforeAll(async () => {
    logins = await generateDemoData(t.app, { password });
  }, 120_000);

  it('builds a county with streets and at least 8 communities of all six types, with grids and buildings', async () => {
    const streets = await t.db.selectFrom('streets').select(['id', 'countyCode']).execute();
    expect(streets.length).toBeGreaterThanOrEqual(3);
    expect(new Set(streets.map((street) => street.countyCode))).toEqual(new Set(['331081']));
    const communities = await t.db.selectFrom('communities').select('type').execute();
    expect(communities.length).toBeGreaterThanOrEqual(8);
    expect(new Set(communities.map((community) => community.type))).toEqual(new Set(COMMUNITY_TYPES));
    expect((await t.db.selectFrom('grids').select('id').execute()).length).toBeGreaterThanOrEqual(3);
    expect((await t.db.selectFrom('buildings').select('id').execute()).length).toBeGreaterThanOrEqual(5);
  });

  it('builds the organization tree: 义工联 → 3 stations → 2 teams each, agency, university team, purchasers', async () => {
    const organizations = await t.db.selectFrom('organizations').selectAll().execute();
    const byKind = (kind: string) => organizations.filter((organization) => organization.kind === kind);
    const [federation] = byKind('volunteer_federation');
    const stations = byKind('service_station');
    expect(stations).toHaveLength(3);
    for (const station of stations) {
      expect(station.parentId).toBe(federation!.id);
      expect(byKind('volunteer_team').filter((team) => team.parentId === station.id)).toHaveLength(2);
    }
    for (const kind of ['social_work_agency', 'university_team', 'hub_org', 'government', 'evaluator']) {
      expect(byKind(kind).length, kind).toBeGreaterThanOrEqual(1);
    }
    const communityOrgs = byKind('community_org');
    expect(communityOrgs.some((organization) => organization.legalStatus === 'filed')).toBe(true);
    const registered = communityOrgs.filter((organization) => organization.legalStatus === 'registered');
    expect(registered.length).toBeGreaterThanOrEqual(1);
    for (const organization of organizations.filter((o) => o.legalStatus === 'registered')) {
      expect(isValidUscc(organization.uscc ?? ''), organization.name).toBe(true);
    }
    expect(communityOrgs.every((organization) => organization.communityId !== null)).toBe(true);
  });

  it('has a user for every role, and every printed login signs in with the printed password', async () => {
    const roles = await t.db.selectFrom('memberships').select('role').distinct().execute();
    expect(new Set(roles.map((row) => row.role))).toEqual(new Set(ROLES));
    expect(logins.every((login) => login.password === password)).toBe(true);
    for (const login of logins) {
      const session = await new TestClient(t.app).login(login.username, login.password);
      expect(session.user.displayName).toBe(login.displayName);
    }
    const table = formatDemoLogins(logins);
    for (const login of logins) expect(table).toContain(login.username);
    expect(logins.map((login) => login.username)).toEqual(expect.arrayContaining(['volunteer', 'team-lead']));
  });

  const today = () => calendarDayOf(t.clock.now(), DEMO_TIME_ZONE);
  const signedIn = async (username: string) => {
    const client = new TestClient(t.app);
    await client.login(username, password);
    return client;
  };

  it('registers 60 volunteers with the 义工联 over its six teams: mostly 正式, some 预备, a few suspended or exited', async () => {
    const federation = await t.db
      .selectFrom('organizations')
      .select('id')
      .where('kind', '=', 'volunteer_federation')
      .executeTakeFirstOrThrow();
    const volunteers = await t.db.selectFrom('volunteers').selectAll().execute();
    expect(volunteers).toHaveLength(60);
    expect(volunteers.every((v) => v.registryId === federation.id && /^WL\d{6}$/.test(v.localNo))).toBe(true);
    const count = (status: string) => volunteers.filter((v) => v.status === status).length;
    expect(count('active')).toBeGreaterThanOrEqual(45);
    expect(count('prospective')).toBeGreaterThanOrEqual(5);
    expect(volunteers.filter((v) => v.source === 'self_registered' && v.status === 'prospective')).toHaveLength(3);
    expect(count('suspended')).toBeGreaterThanOrEqual(1);
    expect(count('exited')).toBeGreaterThanOrEqual(1);
    // Encrypted at rest; the masks show the invented region and phone block.
    for (const v of volunteers) {
      expect(v.idNumberMasked).toMatch(/^331\*{11}\d{3}[\dX]$/);
      expect(v.phoneMasked).toMatch(/^199\*{4}\d{4}$/);
    }
    const teams = await t.db.selectFrom('volunteerTeamMemberships').select(['teamId', 'role']).execute();
    const teamIds = new Set(teams.map((m) => m.teamId));
    expect(teamIds.size).toBe(6);
    for (const teamId of teamIds) {
      expect(teams.filter((m) => m.teamId === teamId).length).toBeGreaterThanOrEqual(7);
      expect(teams.filter((m) => m.teamId === teamId && m.role === 'team_lead')).toHaveLength(1);
    }
  });

  it('keeps trainings and qualifications (one first-aid card expired) and two minors with a guardian consent', async () => {
    expect((await t.db.selectFrom('volunteerTrainings').select('id').execute()).length).toBeGreaterThanOrEqual(10);
    const cards = await t.db
      .selectFrom('volunteerQualifications')
      .select('expiresOn')
      .where('name', '=', '红十字救护员证')
      .execute();
    expect(cards.filter((card) => card.expiresOn !== null && card.expiresOn < today())).toHaveLength(1);
    expect(cards.filter((card) => card.expiresOn !== null && card.expiresOn >= today()).length).toBeGreaterThanOrEqual(
      2,
    );

    const coordinator = await signedIn('coordinator');
    const minors = (await t.db.selectFrom('volunteers').select(['id', 'birthDate']).execute()).filter(
      (v) => ageOn(v.birthDate, today()) < 18,
    );
    expect(minors.map((v) => ageOn(v.birthDate, today())).sort()).toEqual([12, 15]);
    for (const { id, birthDate } of minors) {
      const profile = (await coordinator.get(`/api/volunteers/${id}`)).json() as VolunteerProfile;
      expect(profile.status).toBe('active');
      expect(profile.minor).toMatchObject({ isMinor: true, guardianConsent: true, hasActiveConsent: true });
      expect(profile.minor.accompanied).toBe(ageOn(birthDate, today()) === 12);
      expect(profile.guardianConsents[0]?.idNumberMasked).toMatch(/^331\*+/);
    }
  });

  it('plans activities of every type, past and upcoming, co-organized, placed around 温岭 with geofences', async () => {
    const activities = await t.db.selectFrom('activities').selectAll().execute();
    expect(activities.length).toBeGreaterThanOrEqual(12);
    expect(new Set(activities.map((a) => a.type))).toEqual(new Set(ACTIVITY_TYPES));
    const now = t.clock.now();
    expect(activities.filter((a) => a.endsAt < now).length).toBeGreaterThanOrEqual(5);
    expect(activities.filter((a) => a.startsAt > now).length).toBeGreaterThanOrEqual(5);
    expect(activities.every((a) => a.startsAt > now - 92 * 86_400_000 && a.startsAt < now + 22 * 86_400_000)).toBe(
      true,
    );
    for (const a of activities) {
      expect(Math.abs((a.latitude ?? 0) - 28.37), a.title).toBeLessThan(0.1);
      expect(Math.abs((a.longitude ?? 0) - 121.38), a.title).toBeLessThan(0.1);
      expect(a.geofenceM).toBeGreaterThanOrEqual(20);
    }
    const leads = await t.db
      .selectFrom('activities')
      .innerJoin('users', 'users.id', 'activities.leadUserId')
      .select('users.username')
      .distinct()
      .execute();
    expect(new Set(leads.map((lead) => lead.username))).toEqual(new Set(['social-worker', 'student-worker']));
    const coOrganizers = await t.db.selectFrom('activityCoOrganizers').select('role').execute();
    expect(new Set(coOrganizers.map((c) => c.role))).toEqual(new Set(['lead', 'assist']));
    const organizerKinds = await t.db
      .selectFrom('activities')
      .innerJoin('organizations', 'organizations.id', 'activities.organizationId')
      .select('organizations.kind')
      .distinct()
      .execute();
    expect(new Set(organizerKinds.map((row) => row.kind))).toEqual(
      new Set(['volunteer_federation', 'service_station', 'volunteer_team', 'social_work_agency']),
    );
    const insured = await t.db
      .selectFrom('activityInsurance')
      .innerJoin('activities', 'activities.id', 'activityInsurance.activityId')
      .select('activities.riskLevel')
      .execute();
    expect(insured.map((row) => row.riskLevel)).toEqual(['elevated']);
  });

  it('fills upcoming shifts by every flow: confirmed, requested, a full shift with a waitlist, and assignments', async () => {
    const shifts = await t.db.selectFrom('shifts').selectAll().execute();
    expect(new Set(shifts.map((s) => s.signupFlow))).toEqual(new Set(SIGNUP_FLOWS));
    const participations = await t.db.selectFrom('participations').selectAll().execute();
    const states = (state: string) => participations.filter((p) => p.state === state);
    expect(states('confirmed').length).toBeGreaterThanOrEqual(15);
    expect(states('requested').length).toBeGreaterThanOrEqual(2);
    expect(states('waitlisted').length).toBeGreaterThanOrEqual(1);
    const full = shifts.filter((s) => s.confirmedCount === s.capacity);
    expect(full.some((s) => states('waitlisted').some((p) => p.shiftId === s.id))).toBe(true);
    expect(participations.filter((p) => p.assignedBy !== null).length).toBeGreaterThanOrEqual(3);
    // Seat counts agree with the rows.
    for (const shift of shifts)
      expect(states('confirmed').filter((p) => p.shiftId === shift.id).length, shift.role).toBe(shift.confirmedCount);
  });

  it('keeps an hours ledger: 100+ approved hours for one volunteer, pending records and a self-report', async () => {
    const entries = await t.db.selectFrom('serviceHoursEntries').selectAll().execute();
    const approved = entries.filter((e) => e.status === 'approved');
    const pending = entries.filter((e) => e.status === 'pending');
    expect(approved.length).toBeGreaterThanOrEqual(40);
    expect(pending.length).toBeGreaterThanOrEqual(3);
    expect(pending.some((e) => e.source === 'self_report')).toBe(true);
    expect(approved.every((e) => e.decidedBy !== null && e.decidedBy !== e.recordedBy)).toBe(true);
    const totals = await t.db
      .selectFrom('serviceHoursEntries')
      .select(['volunteerId', sql<number>`sum(credited_hundredths)`.as('hundredths')])
      .where('status', '=', 'approved')
      .groupBy('volunteerId')
      .execute();
    const over100 = totals.filter((row) => Number(row.hundredths) >= 10_000);
    expect(over100).toHaveLength(1);

    const lead = await signedIn('team-lead');
    const stars = (await lead.get('/api/me/stars')).json() as MyStars;
    expect(stars.items[0]?.eligibleLevel).toBe(1);
    expect(stars.items[0]?.volunteerId).toBe(over100[0]?.volunteerId);
  });

  it('shows the printed volunteer their upcoming shifts and their hours, approved and pending', async () => {
    const volunteer = await signedIn('volunteer');
    const mine = (await volunteer.get('/api/me/participations')).json() as { items: { state: string }[] };
    expect(mine.items.filter((p) => p.state === 'confirmed').length).toBeGreaterThanOrEqual(2);
    const hours = (await volunteer.get('/api/me/service-hours')).json() as MyHours;
    expect(hours.totals[0]?.approvedHundredths).toBeGreaterThan(0);
    expect(hours.totals[0]?.pendingHundredths).toBeGreaterThan(0);
    const open = (await volunteer.get('/api/me/open-shifts')).json() as { items: unknown[] };
    expect(open.items.length).toBeGreaterThan(0);
  });

  it('went through the API: every write is in the audit trail', async () => {
    const creations = await t.db
      .selectFrom('auditEvents')
      .select('action')
      .where('userAgent', '=', 'liandong-demo')
      .execute();
    const actions = new Set(creations.map((event) => event.action));
    expect(actions.has('setup.complete')).toBe(true);
    expect(creations.length).toBeGreaterThan(40);
    for (const action of ['volunteers.create', 'activities.create', 'participations.signup', 'service_hours.approve'])
      expect(actions.has(action), action).toBe(true);
  });
});
