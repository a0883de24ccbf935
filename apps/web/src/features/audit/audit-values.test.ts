import { PARTICIPATION_STATES, TEAM_ROLES } from '@liandong/domain';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en/index.ts';
import { zhCN } from '../../i18n/zh-CN/index.ts';
import { describeAuditValue } from './audit-values.ts';

function lookup(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);
}

describe('audit values', () => {
  it('describes recorded values: hidden, empty, enum labels and plain text', () => {
    expect(describeAuditValue('passwordHash', '[redacted]')).toEqual({ kind: 'redacted' });
    expect(describeAuditValue('shortName', null)).toEqual({ kind: 'empty' });
    expect(describeAuditValue('shortName', '')).toEqual({ kind: 'empty' });
    expect(describeAuditValue('kind', 'volunteer_team')).toEqual({
      kind: 'label',
      key: 'organizations.kinds.volunteer_team',
    });
    expect(describeAuditValue('legalStatus', 'filed')).toEqual({
      kind: 'label',
      key: 'organizations.legalStatuses.filed',
    });
    expect(describeAuditValue('type', 'rural')).toEqual({ kind: 'label', key: 'regions.communityTypes.rural' });
    expect(describeAuditValue('role', 'org_admin')).toEqual({ kind: 'label', key: 'roles.org_admin' });
    expect(describeAuditValue('isPlatformAdmin', true)).toEqual({ kind: 'label', key: 'common.yes' });
    expect(describeAuditValue('kind', 'town')).toEqual({ kind: 'label', key: 'regions.streetKinds.town' });
    expect(describeAuditValue('kind', 'street')).toEqual({ kind: 'text', text: 'street' });
    expect(describeAuditValue('name', '阳光社工')).toEqual({ kind: 'text', text: '阳光社工' });
    expect(describeAuditValue('memberCount', 3)).toEqual({ kind: 'text', text: '3' });
  });

  it('labels the states, roles and kinds of volunteering records', () => {
    expect(describeAuditValue('state', 'no_show')).toEqual({
      kind: 'label',
      key: 'activities.participationStates.no_show',
    });
    expect(describeAuditValue('role', 'team_lead')).toEqual({ kind: 'label', key: 'volunteers.teamRoles.team_lead' });
    expect(describeAuditValue('role', '签到引导')).toEqual({ kind: 'text', text: '签到引导' });
    expect(describeAuditValue('type', 'visit')).toEqual({ kind: 'label', key: 'activities.types.visit' });
    expect(describeAuditValue('source', 'self_report')).toEqual({
      kind: 'label',
      key: 'serviceHours.sources.self_report',
    });
    expect(describeAuditValue('method', 'paper')).toEqual({ kind: 'label', key: 'volunteers.consentMethods.paper' });
    // A star award's state and a check-in's method have no label of their own.
    expect(describeAuditValue('state', 'publicised')).toEqual({ kind: 'text', text: 'publicised' });
    expect(describeAuditValue('method', 'rotating_qr')).toEqual({ kind: 'text', text: 'rotating_qr' });
    // `status` stays raw: a user's `active` and a volunteer's `active` read differently.
    expect(describeAuditValue('status', 'active')).toEqual({ kind: 'text', text: 'active' });
  });

  it('points every enum value it labels at wording in both languages', () => {
    const samples: [string, readonly string[]][] = [
      ['state', PARTICIPATION_STATES],
      ['role', TEAM_ROLES],
      ['gender', ['male', 'female']],
      ['source', ['self_registered', 'staff', 'import', 'checkin', 'coordinator', 'self_report']],
      ['volunteerStatus', ['prospective', 'active']],
      ['relation', ['mother', 'guardian']],
      ['scope', ['all', 'activity']],
      ['consentMethod', ['online', 'in_person']],
      ['riskLevel', ['low', 'elevated', 'high']],
      ['signupFlow', ['instant', 'approve', 'assigned']],
      ['type', ['community_activity', 'large_event']],
    ];
    for (const [field, values] of samples) {
      for (const value of values) {
        const described = describeAuditValue(field, value);
        expect(described.kind, `${field}=${value}`).toBe('label');
        if (described.kind !== 'label') continue;
        expect(lookup(zhCN, described.key), described.key).toBeTypeOf('string');
        expect(lookup(en, described.key), described.key).toBeTypeOf('string');
      }
    }
  });

  it('shows hours and yuan kept in hundredths, yes/no flags and instants as a person reads them', () => {
    expect(describeAuditValue('creditedHundredths', 250)).toEqual({ kind: 'text', text: '2.5' });
    expect(describeAuditValue('netAfter', -75)).toEqual({ kind: 'text', text: '-0.75' });
    expect(describeAuditValue('sumInsuredFen', 10_000_000)).toEqual({ kind: 'text', text: '100000' });
    expect(describeAuditValue('minorsAllowed', 0)).toEqual({ kind: 'label', key: 'common.no' });
    expect(describeAuditValue('waitlistEnabled', 1)).toEqual({ kind: 'label', key: 'common.yes' });
    // 2024-03-01 09:30:00 in Beijing.
    expect(describeAuditValue('at', Date.UTC(2024, 2, 1, 1, 30))).toEqual({
      kind: 'text',
      text: '2024-03-01 09:30:00',
    });
    expect(describeAuditValue('checkedInAt', Date.UTC(2024, 2, 1, 1, 30))).toEqual({
      kind: 'text',
      text: '2024-03-01 09:30:00',
    });
    expect(describeAuditValue('capacity', 12)).toEqual({ kind: 'text', text: '12' });
    expect(describeAuditValue('publicisedUntil', '2024-03-08')).toEqual({ kind: 'text', text: '2024-03-08' });
  });
});
