import type { Shift } from '@liandong/domain';
import { describe, expect, it } from 'vitest';
import { newShiftValues, type ShiftFormValues, shiftBodyOf, shiftFormValuesOf } from './shift-form-values.ts';

const NINE = Date.UTC(2026, 10, 28, 1);
const NOON = Date.UTC(2026, 10, 28, 4);

describe('the shift body', () => {
  it('starts a new shift on the activity time with instant sign-up', () => {
    const values = { ...newShiftValues({ startsAt: NINE, endsAt: NOON }), role: '签到引导' } as ShiftFormValues;
    expect(shiftBodyOf(values)).toEqual({
      role: '签到引导',
      description: null,
      startsAt: NINE,
      endsAt: NOON,
      capacity: 10,
      requiredSkills: [],
      requiredQualifications: [],
      minAge: null,
      minorsAllowed: true,
      signupFlow: 'instant',
      waitlistEnabled: true,
      leadVolunteerId: null,
      checkinOpensMin: null,
      checkinClosesMin: null,
    });
  });

  it('trims and de-duplicates qualifications and keeps a zero minute window', () => {
    const body = shiftBodyOf({
      role: ' 陪伴长者 ',
      capacity: 3,
      minorsAllowed: false,
      signupFlow: 'approve',
      waitlistEnabled: false,
      requiredSkills: ['first_aid', 'first_aid'],
      requiredQualifications: [' 红十字救护员证 ', '红十字救护员证', ' '],
      minAge: 16,
      checkinOpensMin: 0,
      checkinClosesMin: 15,
      startsAt: '2026-11-28T09:00',
      endsAt: '2026-11-28T12:00',
    });
    expect(body).toMatchObject({
      role: '陪伴长者',
      requiredSkills: ['first_aid'],
      requiredQualifications: ['红十字救护员证'],
      minAge: 16,
      checkinOpensMin: 0,
      checkinClosesMin: 15,
    });
  });
});

it('round-trips a shift through the form', () => {
  const shift: Shift = {
    id: 's1',
    activityId: 'a1',
    role: '秩序维护',
    description: '入口排队引导',
    startsAt: NINE,
    endsAt: NOON,
    capacity: 6,
    confirmedCount: 2,
    requestedCount: 1,
    waitlistedCount: 0,
    seatsLeft: 4,
    requiredSkills: ['event_support'],
    requiredQualifications: [],
    minAge: 14,
    minorsAllowed: true,
    signupFlow: 'assigned',
    waitlistEnabled: false,
    leadVolunteer: { id: 'v7', name: '王芳' },
    checkinOpensMin: 30,
    checkinClosesMin: null,
    status: 'open',
    createdAt: 0,
    updatedAt: 0,
  };
  expect(shiftBodyOf(shiftFormValuesOf(shift))).toEqual({
    role: '秩序维护',
    description: '入口排队引导',
    startsAt: NINE,
    endsAt: NOON,
    capacity: 6,
    requiredSkills: ['event_support'],
    requiredQualifications: [],
    minAge: 14,
    minorsAllowed: true,
    signupFlow: 'assigned',
    waitlistEnabled: false,
    leadVolunteerId: 'v7',
    checkinOpensMin: 30,
    checkinClosesMin: null,
  });
});
