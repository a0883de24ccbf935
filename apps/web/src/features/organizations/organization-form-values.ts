import type {
  LegalStatus,
  Organization,
  OrganizationCreate,
  OrganizationKind,
  OrganizationUpdate,
} from '@liandong/domain';

/** What the organization form holds; optional texts may be empty strings, which the server stores as null. */
export interface OrganizationFormValues {
  name: string;
  shortName?: string | null;
  kind: OrganizationKind;
  parentId?: string | null;
  legalStatus: LegalStatus;
  uscc?: string | null;
  regionCode?: string | null;
  communityId?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  address?: string | null;
  description?: string | null;
}

export function formValuesOf(organization: Organization): OrganizationFormValues {
  return {
    name: organization.name,
    shortName: organization.shortName,
    kind: organization.kind,
    parentId: organization.parentId,
    legalStatus: organization.legalStatus,
    uscc: organization.uscc,
    regionCode: organization.regionCode,
    communityId: organization.communityId,
    contactName: organization.contactName,
    contactPhone: organization.contactPhone,
    address: organization.address,
    description: organization.description,
  };
}

const text = (value: string | null | undefined) => (value ?? '').trim();

function fieldsOf(values: OrganizationFormValues) {
  return {
    name: values.name.trim(),
    shortName: text(values.shortName),
    kind: values.kind,
    legalStatus: values.legalStatus,
    uscc: text(values.uscc),
    regionCode: values.regionCode ?? null,
    communityId: values.communityId ?? null,
    contactName: text(values.contactName),
    contactPhone: text(values.contactPhone),
    address: text(values.address),
    description: text(values.description),
  };
}

export function createBodyOf(values: OrganizationFormValues): OrganizationCreate {
  return { ...fieldsOf(values), parentId: values.parentId ?? null };
}

/** The update sends parentId only when it changed, because a new parent is a move with its own checks. */
export function updateBodyOf(values: OrganizationFormValues, before: Organization): OrganizationUpdate {
  const body: OrganizationUpdate = fieldsOf(values);
  const parentId = values.parentId ?? null;
  if (values.parentId !== undefined && parentId !== before.parentId) body.parentId = parentId;
  return body;
}
