import type { MyVolunteer, VolunteerProfile } from '@liandong/domain';
import { DemoClient } from './demo-client.ts';
import { demoPhone, demoResidentId } from './demo-identity.ts';
import type { DemoVolunteer } from './demo-volunteers.ts';
import { type DemoWorld, organizationId, signIn } from './demo-world.ts';

/** A demo volunteer as registered: the spec, the record's id, and a signed-in client when they have an account. */
export interface DemoVolunteerRecord {
  spec: DemoVolunteer;
  id: string;
  birthDate: string;
  client?: DemoClient;
}

/** The registered volunteers by key ('team-elderly:0'). */
export type DemoRoster = Map<string, DemoVolunteerRecord>;

/**
 * The 义工联's own rules: local numbers WL000001…, and a stricter minors policy than the default (a guardian comes
 * along under 14), so the 12-year-old shows the accompany rule.
 */
const REGISTRY_SETTINGS = {
  localNoPrefix: 'WL',
  minorsPolicy: [
    { underAge: 6, rule: 'forbidden' },
    { underAge: 14, rule: 'accompanied' },
    { underAge: 18, rule: 'guardian_consent' },
  ],
};

/** Qualifications on file; one first-aid certificate has lapsed, so its holder cannot be a safety officer. */
const QUALIFICATIONS: { volunteer: string; name: string; issuedDay: number; validDays: number | null }[] = [
  { volunteer: 'team-enterprise:0', name: '红十字救护员证', issuedDay: -400, validDays: 3 * 365 },
  { volunteer: 'team-enterprise:2', name: '红十字救护员证', issuedDay: -300, validDays: 3 * 365 },
  { volunteer: 'team-green:1', name: '红十字救护员证', issuedDay: -200, validDays: 3 * 365 },
  { volunteer: 'team-youth:2', name: '红十字救护员证', issuedDay: -1200, validDays: 3 * 365 },
  { volunteer: 'team-youth:3', name: '心理咨询师（三级）', issuedDay: -900, validDays: null },
  { volunteer: 'team-elderly:0', name: '机动车驾驶证（C1）', issuedDay: -5000, validDays: 6 * 365 },
  { volunteer: 'team-elderly:5', name: '养老护理员（五级）', issuedDay: -700, validDays: null },
];

/** The minors' father, whose consent covers every activity until each child turns 18. */
const GUARDIAN = { guardianName: '潘建平', relation: 'father', birthDate: '1983-07-21', gender: 'male' } as const;

function birthDateOf(world: DemoWorld, spec: DemoVolunteer): string {
  return 'date' in spec.birth
    ? spec.birth.date
    : world.calendar.birthDateForAge(spec.birth.age, spec.birth.daysSinceBirthday);
}

/**
 * Registers the demo volunteers through the API: most by the coordinator (正式 straight away, some with an account),
 * a few on the public page (预备, waiting for approval), then teams, qualifications, consents and status changes.
 */
export async function createDemoRegistry(world: DemoWorld, specs: DemoVolunteer[]): Promise<DemoRoster> {
  const federationId = organizationId(world, 'federation');
  await world.federationAdmin.request('PUT', `/api/volunteer-registries/${federationId}/settings`, REGISTRY_SETTINGS);

  const roster: DemoRoster = new Map();
  for (const [serial, spec] of specs.entries()) {
    const birthDate = birthDateOf(world, spec);
    const identity = {
      name: spec.name,
      gender: spec.gender,
      birthDate,
      idType: 'resident_id',
      idNumber: demoResidentId(birthDate, spec.gender, serial),
      phone: demoPhone(serial + 1),
      skills: spec.skills,
      availability: spec.availability,
    };
    const home = organizationId(world, spec.home);
    if (spec.selfRegistered) {
      if (!spec.account) throw new Error(`Demo data: ${spec.key} registers themselves, so needs an account`);
      const client = new DemoClient(world.app);
      const own = await client.post<MyVolunteer>(`/api/public/volunteer-signup/${home}`, {
        ...identity,
        username: spec.account.username,
        password: world.password,
        consent: true,
      });
      roster.set(spec.key, { spec, id: own.id, birthDate, client });
      continue;
    }
    const profile = await world.coordinator.post<VolunteerProfile>('/api/volunteers', {
      ...identity,
      homeOrganizationId: home,
      status: spec.status === 'prospective' ? 'prospective' : 'active',
      ...(spec.account ? { account: { username: spec.account.username, password: world.password } } : {}),
    });
    roster.set(spec.key, { spec, id: profile.id, birthDate });
    for (const { team, role } of spec.teams)
      await world.coordinator.request('PUT', `/api/volunteers/${profile.id}/teams/${organizationId(world, team)}`, {
        role,
      });
    if (spec.occupation)
      await world.coordinator.request('PUT', `/api/volunteers/${profile.id}/extra-fields/occupation`, {
        value: spec.occupation,
        consent: { method: 'paper' },
      });
  }

  await addQualifications(world, roster);
  await addGuardianConsents(world, roster);
  await changeStatuses(world, roster);
  return roster;
}

/** The record of `key`; throws on a key the demo does not have. */
export function volunteerOf(roster: DemoRoster, key: string): DemoVolunteerRecord {
  const record = roster.get(key);
  if (!record) throw new Error(`Demo data: unknown volunteer ${key}`);
  return record;
}

/** A client signed in as the volunteer of `key` (who must have an account), signed in once and reused. */
export async function clientOf(world: DemoWorld, roster: DemoRoster, key: string): Promise<DemoClient> {
  const record = volunteerOf(roster, key);
  if (!record.spec.account) throw new Error(`Demo data: ${key} has no account`);
  record.client ??= await signIn(world.app, record.spec.account.username, world.password);
  return record.client;
}

async function addQualifications(world: DemoWorld, roster: DemoRoster) {
  const { calendar, coordinator } = world;
  for (const [index, qualification] of QUALIFICATIONS.entries()) {
    const { id } = volunteerOf(roster, qualification.volunteer);
    const issuedOn = calendar.day(qualification.issuedDay);
    await coordinator.post(`/api/volunteers/${id}/qualifications`, {
      name: qualification.name,
      certificateNo: `DEMO-${String(4101 + index * 37).padStart(6, '0')}`,
      issuedOn,
      expiresOn:
        qualification.validDays === null ? null : calendar.day(qualification.issuedDay + qualification.validDays),
    });
    // Who holds a first-aid certificate took the course that leads to it.
    if (qualification.name === '红十字救护员证')
      await coordinator.post(`/api/volunteers/${id}/trainings`, {
        course: '应急救护员培训',
        provider: '红十字救护培训站',
        trainedOn: calendar.day(qualification.issuedDay - 7),
        hours: 16,
        result: '考核合格',
      });
  }
}

async function addGuardianConsents(world: DemoWorld, roster: DemoRoster) {
  const guardianId = demoResidentId(GUARDIAN.birthDate, GUARDIAN.gender, 480);
  for (const record of roster.values()) {
    if ('date' in record.spec.birth) continue;
    const [year, month, day] = record.birthDate.split('-') as [string, string, string];
    await world.coordinator.post(`/api/volunteers/${record.id}/guardian-consents`, {
      guardianName: GUARDIAN.guardianName,
      relation: GUARDIAN.relation,
      phone: demoPhone(1, 1),
      idType: 'resident_id',
      idNumber: guardianId,
      scope: 'all',
      // Until the child comes of age.
      expiresOn: `${Number(year) + 18}-${month}-${month === '02' && day === '29' ? '28' : day}`,
      method: 'paper',
    });
  }
}

async function changeStatuses(world: DemoWorld, roster: DemoRoster) {
  const reasons = { suspended: '连续三个月未参加服务，暂停注册', exited: '迁居外地，本人申请注销' };
  for (const record of roster.values()) {
    const { status } = record.spec;
    if (status === 'suspended' || status === 'exited')
      await world.coordinator.post(`/api/volunteers/${record.id}/status`, { status, reason: reasons[status] });
  }
}
