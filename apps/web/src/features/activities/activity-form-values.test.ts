import type { Activity } from '@liandong/domain';
import { describe, expect, it } from 'vitest';
import { type ActivityFormValues, createBodyOf, formValuesOf, placeOf, updateBodyOf } from './activity-form-values.ts';

const base: ActivityFormValues = {
  type: 'community_activity',
  title: '  长者义诊  ',
  content: '',
  organizationId: '0190f000-0000-7000-8000-000000000001',
  coOrganizers: [],
  address: '温岭市太平街道东门社区服务中心',
  latitude: 28.3718,
  longitude: 121.386,
  geofenceM: 200,
  startsAt: '2026-11-28T09:00',
  endsAt: '2026-11-28T12:00',
  riskLevel: 'low',
};

describe('the activity body', () => {
  it('sends Beijing wall-clock times as instants and trims text', () => {
    const body = createBodyOf(base);
    expect(body.startsAt).toBe(Date.UTC(2026, 10, 28, 1));
    expect(body.endsAt).toBe(Date.UTC(2026, 10, 28, 4));
    expect(body.title).toBe('长者义诊');
    expect(body.content).toBeNull();
    expect(body).not.toHaveProperty('leadUserId');
  });

  it('keeps the organizer out of an update', () => {
    expect(updateBodyOf({ ...base, leadUserId: 'u1' })).not.toHaveProperty('organizationId');
    expect(updateBodyOf({ ...base, leadUserId: 'u1' })).toMatchObject({ leadUserId: 'u1' });
  });

  it('drops empty co-organizer rows and defaults their role to 协助', () => {
    const body = createBodyOf({
      ...base,
      coOrganizers: [{ organizationId: 'o1', role: 'lead' }, { role: 'assist' }, { organizationId: 'o2' }],
    });
    expect(body.coOrganizers).toEqual([
      { organizationId: 'o1', role: 'lead' },
      { organizationId: 'o2', role: 'assist' },
    ]);
  });
});

describe('the place', () => {
  it('is null without an address', () => {
    expect(placeOf({ ...base, address: '   ' })).toBeNull();
  });

  it('sends coordinates only as a pair, and a geofence only with them', () => {
    expect(placeOf({ ...base, longitude: null })).toEqual({
      address: base.address,
      latitude: null,
      longitude: null,
      geofenceM: null,
    });
    expect(placeOf({ ...base, geofenceM: null })).toMatchObject({ latitude: 28.3718, geofenceM: null });
    expect(placeOf(base)).toMatchObject({ latitude: 28.3718, longitude: 121.386, geofenceM: 200 });
  });
});

describe('editing', () => {
  it('round-trips an activity through the form', () => {
    const activity: Activity = {
      id: 'a1',
      type: 'visit',
      title: '入户探访',
      content: '探访独居长者',
      status: 'published',
      organization: { id: 'o0', name: '东门社区服务站' },
      registry: null,
      lead: { userId: 'u9', displayName: '李娜' },
      coOrganizers: [{ organizationId: 'o5', name: '阳光社工', role: 'lead' }],
      place: { address: '东门社区', latitude: null, longitude: null, geofenceM: null },
      startsAt: Date.UTC(2026, 10, 28, 1),
      endsAt: Date.UTC(2026, 10, 28, 8, 30),
      beneficiaryGroup: '独居长者',
      riskLevel: 'elevated',
      createdAt: 0,
      updatedAt: 0,
    };
    const values = formValuesOf(activity);
    expect(values.startsAt).toBe('2026-11-28T09:00');
    expect(values.endsAt).toBe('2026-11-28T16:30');
    expect(updateBodyOf(values)).toEqual({
      type: 'visit',
      title: '入户探访',
      content: '探访独居长者',
      coOrganizers: [{ organizationId: 'o5', role: 'lead' }],
      place: { address: '东门社区', latitude: null, longitude: null, geofenceM: null },
      startsAt: activity.startsAt,
      endsAt: activity.endsAt,
      beneficiaryGroup: '独居长者',
      riskLevel: 'elevated',
      leadUserId: 'u9',
    });
  });
});
