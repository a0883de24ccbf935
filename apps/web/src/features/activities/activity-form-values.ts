import type { Activity, ActivityType, CoOrganizerRole, RiskLevel } from '@liandong/domain';
import { fromDateTimeInput, toDateTimeInput } from './shanghai-time.ts';

/** What the activity drawer's form holds; times are datetime-local text in Beijing time. */
export interface ActivityFormValues {
  type: ActivityType;
  title: string;
  content?: string;
  organizationId?: string;
  leadUserId?: string;
  coOrganizers?: { organizationId?: string; role?: CoOrganizerRole }[];
  address?: string;
  latitude?: number | null;
  longitude?: number | null;
  geofenceM?: number | null;
  startsAt?: string;
  endsAt?: string;
  beneficiaryGroup?: string;
  riskLevel: RiskLevel;
}

const present = (value: number | null | undefined): value is number => typeof value === 'number';

/**
 * The place as the API takes it: null without an address; coordinates only as a pair, and a geofence only with
 * coordinates (a fence around nowhere cannot be checked).
 */
export function placeOf(values: ActivityFormValues) {
  const address = values.address?.trim();
  if (!address) return null;
  const located = present(values.latitude) && present(values.longitude);
  return {
    address,
    latitude: located ? values.latitude : null,
    longitude: located ? values.longitude : null,
    geofenceM: located && present(values.geofenceM) ? values.geofenceM : null,
  };
}

const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);

function commonFields(values: ActivityFormValues) {
  return {
    type: values.type,
    title: values.title.trim(),
    content: text(values.content),
    coOrganizers: (values.coOrganizers ?? [])
      .filter((item) => item.organizationId)
      .map((item) => ({ organizationId: item.organizationId as string, role: item.role ?? 'assist' })),
    place: placeOf(values),
    startsAt: fromDateTimeInput(values.startsAt),
    endsAt: fromDateTimeInput(values.endsAt),
    beneficiaryGroup: text(values.beneficiaryGroup),
    riskLevel: values.riskLevel,
  };
}

/** The body of POST /api/activities; without a lead the creator leads it. */
export function createBodyOf(values: ActivityFormValues) {
  return {
    ...commonFields(values),
    organizationId: values.organizationId,
    ...(values.leadUserId ? { leadUserId: values.leadUserId } : {}),
  };
}

/** The body of PATCH /api/activities/:id: the organizer is fixed once created. */
export function updateBodyOf(values: ActivityFormValues) {
  return { ...commonFields(values), ...(values.leadUserId ? { leadUserId: values.leadUserId } : {}) };
}

/** The form's values for editing an activity. */
export function formValuesOf(activity: Activity): ActivityFormValues {
  return {
    type: activity.type,
    title: activity.title,
    content: activity.content ?? undefined,
    organizationId: activity.organization.id,
    leadUserId: activity.lead.userId,
    coOrganizers: activity.coOrganizers.map((item) => ({ organizationId: item.organizationId, role: item.role })),
    address: activity.place?.address,
    latitude: activity.place?.latitude ?? null,
    longitude: activity.place?.longitude ?? null,
    geofenceM: activity.place?.geofenceM ?? null,
    startsAt: toDateTimeInput(activity.startsAt),
    endsAt: toDateTimeInput(activity.endsAt),
    beneficiaryGroup: activity.beneficiaryGroup ?? undefined,
    riskLevel: activity.riskLevel,
  };
}
