import { permissionsOf, type Role, type Session } from '@liandong/domain';
import { describe, expect, it } from 'vitest';
import { nextStepsFor, upcomingFor } from './next-steps.ts';

const ORG = '01890a5d-ac96-774b-bcce-b302099a8057';

function sessionOf(roles: Role[], options: { platformAdmin?: boolean; acting?: boolean } = {}): Session {
  const acting = options.acting ?? roles.length > 0;
  return {
    user: { id: ORG, username: 'li', displayName: '李', isPlatformAdmin: options.platformAdmin ?? false },
    memberships: roles.length
      ? [
          {
            organizationId: ORG,
            organizationName: '阳光社工',
            organizationShortName: null,
            organizationKind: 'social_work_agency',
            roles,
          },
        ]
      : [],
    actingOrganizationId: acting ? ORG : null,
    permissions: [...permissionsOf(roles)],
    csrfToken: 'x',
  };
}

const keys = (session: Session) => nextStepsFor(session).map((step) => step.key);

describe('nextStepsFor', () => {
  it('offers an organization admin the managing work first, profile last', () => {
    expect(keys(sessionOf(['org_admin']))).toEqual(['organizations', 'members', 'regions', 'audit', 'profile']);
    expect(nextStepsFor(sessionOf(['org_admin'])).find((s) => s.key === 'members')?.to).toBe(`/organizations/${ORG}`);
  });

  it('offers a social worker communities and grids, and reading the rest', () => {
    expect(keys(sessionOf(['social_worker']))).toEqual(['regions', 'browseOrganizations', 'browseMembers', 'profile']);
  });

  it('offers a volunteer the profile first and pages to read, nothing to manage', () => {
    expect(keys(sessionOf(['volunteer']))).toEqual(['profile', 'browseOrganizations', 'browseRegions']);
  });

  it('adds platform administration for a platform administrator, even without memberships', () => {
    expect(keys(sessionOf([], { platformAdmin: true }))[0]).toBe('platform');
    expect(keys(sessionOf([], { platformAdmin: true }))).toContain('audit');
    expect(keys(sessionOf(['volunteer'], { platformAdmin: true }))).toEqual([
      'platform',
      'organizations',
      'members',
      'regions',
      'audit',
      'profile',
    ]);
  });

  it('offers only the profile to someone who belongs to no organization', () => {
    expect(nextStepsFor(sessionOf([]))).toEqual([{ key: 'profile', to: '/profile' }]);
  });

  it('links only to pages that exist', () => {
    const pages = /^\/(organizations(\/[0-9a-f-]+)?|regions|audit|profile)$/;
    for (const roles of [['org_admin'], ['supervisor'], ['volunteer'], ['evaluator'], []] as Role[][]) {
      for (const step of nextStepsFor(sessionOf(roles, { platformAdmin: roles.length === 0 }))) {
        expect(step.to).toMatch(pages);
      }
    }
  });
});

describe('upcomingFor', () => {
  it('names what is being built for the user’s roles', () => {
    expect(upcomingFor(sessionOf(['volunteer']))).toEqual(['volunteers']);
    expect(upcomingFor(sessionOf(['social_worker', 'evaluator']))).toEqual([
      'volunteers',
      'cases',
      'resources',
      'projects',
    ]);
    expect(upcomingFor(sessionOf([]))).toEqual([]);
    expect(upcomingFor(sessionOf([], { platformAdmin: true }))).toHaveLength(4);
  });
});
