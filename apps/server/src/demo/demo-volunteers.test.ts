import { checkIdentityDocument, normalizePhone, parseResidentId, usernameSchema } from '@liandong/domain';
import { describe, expect, it } from 'vitest';
import { DemoCalendar } from './demo-calendar.ts';
import { demoPhone, demoResidentId } from './demo-identity.ts';
import { DEMO_ADMIN, DEMO_PEOPLE } from './demo-people.ts';
import { buildDemoVolunteers } from './demo-volunteers.ts';

describe('demo volunteers', () => {
  const volunteers = buildDemoVolunteers();

  it('are the same 60 people on every run, with distinct names and keys', () => {
    expect(buildDemoVolunteers()).toEqual(volunteers);
    expect(volunteers).toHaveLength(60);
    expect(new Set(volunteers.map((v) => v.key)).size).toBe(60);
    expect(new Set(volunteers.map((v) => v.name)).size).toBe(60);
    const staffNames = new Set([DEMO_ADMIN.displayName, ...DEMO_PEOPLE.map((person) => person.displayName)]);
    expect(volunteers.filter((v) => staffNames.has(v.name))).toEqual([]);
  });

  it('are mostly 正式, with some 预备 (three self-registered) and a few suspended or exited', () => {
    const count = (status: string) => volunteers.filter((v) => v.status === status).length;
    expect(count('active')).toBeGreaterThanOrEqual(45);
    expect(count('prospective')).toBeGreaterThanOrEqual(5);
    expect(count('suspended') + count('exited')).toBeGreaterThanOrEqual(2);
    const selfRegistered = volunteers.filter((v) => v.selfRegistered);
    expect(selfRegistered.length).toBe(3);
    // The public page makes an account and leaves the record prospective.
    for (const v of selfRegistered) {
      expect(v.status).toBe('prospective');
      expect(v.account).toBeDefined();
    }
  });

  it('put every approved volunteer in a team, with exactly one team lead per team', () => {
    const teams = new Set(volunteers.map((v) => v.home));
    expect(teams.size).toBe(6);
    for (const team of teams) {
      const leads = volunteers.filter((v) => v.teams.some((m) => m.team === team && m.role === 'team_lead'));
      expect(leads, team).toHaveLength(1);
    }
    for (const v of volunteers) expect(v.teams.length > 0, v.key).toBe(v.status !== 'prospective');
  });

  it('have unique, valid account names; exactly a volunteer and a team lead are printed', () => {
    const accounts = volunteers.flatMap((v) => (v.account ? [v.account] : []));
    expect(accounts.length).toBeGreaterThanOrEqual(15);
    expect(new Set(accounts.map((a) => a.username)).size).toBe(accounts.length);
    for (const { username } of accounts) expect(usernameSchema.safeParse(username).success, username).toBe(true);
    const printed = volunteers.filter((v) => v.account?.printed);
    expect(printed.map((v) => v.account?.username).sort()).toEqual(['team-lead', 'volunteer']);
    expect(printed.find((v) => v.account?.username === 'team-lead')?.teams[0]?.role).toBe('team_lead');
  });

  it('include a 15- and a 12-year-old whatever day the demo is generated', () => {
    const minors = volunteers.flatMap((v) => ('age' in v.birth ? [v.birth.age] : []));
    expect(minors.sort()).toEqual([12, 15]);
    const calendar = new DemoCalendar(Date.UTC(2028, 1, 29, 4));
    expect(calendar.birthDateForAge(15, 0)).toBe('2013-02-28');
    expect(calendar.birthDateForAge(12, 0)).toBe('2016-02-29');
  });
});

describe('demo identity numbers', () => {
  it('are valid resident IDs of 温岭 (331081) agreeing with the birth date and gender', () => {
    for (const [serial, gender] of [
      [0, 'female'],
      [7, 'male'],
      [499, 'male'],
    ] as const) {
      const id = demoResidentId('1990-03-07', gender, serial);
      expect(checkIdentityDocument('resident_id', id, { birthDate: '1990-03-07', gender })).toBeNull();
      expect(parseResidentId(id)).toEqual({ regionCode: '331081', birthDate: '1990-03-07', gender });
    }
    expect(demoResidentId('1990-03-07', 'male', 1)).not.toBe(demoResidentId('1990-03-07', 'male', 2));
    expect(() => demoResidentId('1990-03-07', 'male', 500)).toThrow(RangeError);
  });

  it('give phones in the invented 199-0000 / 199-0001 blocks that the server accepts', () => {
    expect(demoPhone(42)).toBe('19900000042');
    expect(demoPhone(1, 1)).toBe('19900010001');
    expect(normalizePhone(demoPhone(9999))).toBe('19900009999');
    expect(() => demoPhone(10_000)).toThrow(RangeError);
  });
});
