import type { LegalStatus, OrganizationKind } from '@liandong/domain';
import type { Db } from '../../db/create-db.ts';
import { type AuditContext, recordAudit } from '../audit/record-audit.ts';
import { pathFor } from './organization-paths.ts';
import { createOrganizationsRepository, type OrganizationRow } from './organizations.repository.ts';

type OptionalField = 'shortName' | 'regionCode' | 'communityId' | 'uscc' | 'contactName' | 'contactPhone';

export type NewOrganizationFields = { name: string; kind: OrganizationKind; legalStatus: LegalStatus } & {
  [field in OptionalField | 'address' | 'description']?: string | null;
};

/** The row of a new organization beneath `parent` (a root when null), with its path and depth worked out. */
export function newOrganizationRow(
  id: string,
  parent: Pick<OrganizationRow, 'id' | 'path' | 'depth'> | null,
  fields: NewOrganizationFields,
  now: number,
): OrganizationRow {
  return {
    id,
    parentId: parent?.id ?? null,
    path: pathFor(id, parent),
    depth: parent ? parent.depth + 1 : 0,
    name: fields.name,
    shortName: fields.shortName ?? null,
    kind: fields.kind,
    regionCode: fields.regionCode ?? null,
    communityId: fields.communityId ?? null,
    legalStatus: fields.legalStatus,
    uscc: fields.uscc ?? null,
    contactName: fields.contactName ?? null,
    contactPhone: fields.contactPhone ?? null,
    address: fields.address ?? null,
    description: fields.description ?? null,
    createdAt: now,
    updatedAt: now,
  };
}

/** Inserts the organization and records it, filed under itself, in the caller's transaction. */
export async function insertOrganization(trx: Db, context: AuditContext, organization: OrganizationRow) {
  await createOrganizationsRepository(trx).insert(organization);
  await recordAudit(trx, context, {
    action: 'organizations.create',
    entityType: 'organization',
    entityId: organization.id,
    after: organization,
    scopePath: organization.path,
  });
}
