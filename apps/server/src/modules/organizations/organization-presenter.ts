import type { Organization, OrganizationTreeNode } from '@liandong/domain';
import type { OrganizationDetailRow, OrganizationRow } from './organizations.repository.ts';

/** What the API shows of an organization: its path and depth stay inside the server. */
export function presentOrganization(row: OrganizationDetailRow): Organization {
  return {
    id: row.id,
    parentId: row.parentId,
    name: row.name,
    shortName: row.shortName,
    kind: row.kind,
    regionCode: row.regionCode,
    regionName: row.regionName,
    communityId: row.communityId,
    communityName: row.communityName,
    legalStatus: row.legalStatus,
    uscc: row.uscc,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    address: row.address,
    description: row.description,
    childCount: Number(row.childCount ?? 0),
    memberCount: Number(row.memberCount ?? 0),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function presentTreeNode(
  row: Pick<OrganizationRow, 'id' | 'parentId' | 'name' | 'shortName' | 'kind' | 'legalStatus' | 'depth'>,
): OrganizationTreeNode {
  return {
    id: row.id,
    parentId: row.parentId,
    name: row.name,
    shortName: row.shortName,
    kind: row.kind,
    legalStatus: row.legalStatus,
    depth: row.depth,
  };
}
