import type { Shift, SignupFlow } from '@liandong/domain';
import { fromDateTimeInput, toDateTimeInput } from './shanghai-time.ts';

/** What the shift drawer's form holds; times are datetime-local text in Beijing time. */
export interface ShiftFormValues {
  role: string;
  description?: string;
  startsAt?: string;
  endsAt?: string;
  capacity: number;
  requiredSkills?: string[];
  requiredQualifications?: string[];
  minAge?: number | null;
  minorsAllowed: boolean;
  signupFlow: SignupFlow;
  waitlistEnabled: boolean;
  leadVolunteerId?: string | null;
  checkinOpensMin?: number | null;
  checkinClosesMin?: number | null;
}

const orNull = (value: number | null | undefined) => (typeof value === 'number' ? value : null);

/**
 * The body of POST /api/activities/:id/shifts and PATCH /api/shifts/:id. Qualifications are free text, trimmed and
 * de-duplicated; an empty check-in window field takes the registry's rule.
 */
export function shiftBodyOf(values: ShiftFormValues) {
  return {
    role: values.role.trim(),
    description: values.description?.trim() ? values.description.trim() : null,
    startsAt: fromDateTimeInput(values.startsAt),
    endsAt: fromDateTimeInput(values.endsAt),
    capacity: values.capacity,
    requiredSkills: [...new Set(values.requiredSkills ?? [])],
    requiredQualifications: [
      ...new Set((values.requiredQualifications ?? []).map((item) => item.trim()).filter(Boolean)),
    ],
    minAge: orNull(values.minAge),
    minorsAllowed: values.minorsAllowed,
    signupFlow: values.signupFlow,
    waitlistEnabled: values.waitlistEnabled,
    leadVolunteerId: values.leadVolunteerId ?? null,
    checkinOpensMin: orNull(values.checkinOpensMin),
    checkinClosesMin: orNull(values.checkinClosesMin),
  };
}

/** A new shift's starting values: the activity's own time, ten seats, instant sign-up with a waitlist. */
export function newShiftValues(activity: { startsAt: number; endsAt: number }): Partial<ShiftFormValues> {
  return {
    startsAt: toDateTimeInput(activity.startsAt),
    endsAt: toDateTimeInput(activity.endsAt),
    capacity: 10,
    requiredSkills: [],
    requiredQualifications: [],
    minorsAllowed: true,
    signupFlow: 'instant',
    waitlistEnabled: true,
  };
}

/** The form's values for editing a shift. */
export function shiftFormValuesOf(shift: Shift): ShiftFormValues {
  return {
    role: shift.role,
    description: shift.description ?? undefined,
    startsAt: toDateTimeInput(shift.startsAt),
    endsAt: toDateTimeInput(shift.endsAt),
    capacity: shift.capacity,
    requiredSkills: shift.requiredSkills,
    requiredQualifications: shift.requiredQualifications,
    minAge: shift.minAge,
    minorsAllowed: shift.minorsAllowed,
    signupFlow: shift.signupFlow,
    waitlistEnabled: shift.waitlistEnabled,
    leadVolunteerId: shift.leadVolunteer?.id ?? null,
    checkinOpensMin: shift.checkinOpensMin,
    checkinClosesMin: shift.checkinClosesMin,
  };
}
