import type { LegalStatus, OrganizationKind } from '@liandong/domain';

export interface OrganizationsTable {
  id: string;
  parentId: string | null;
  path: string;
  depth: number;
  name: string;
  shortName: string | null;
  kind: OrganizationKind;
  regionCode: string | null;
  communityId: string | null;
  legalStatus: LegalStatus;
  uscc: string | null;
  contactName: string | null;
  contactPhone: string | null;
  address: string | null;
  description: string | null;
  createdAt: number;
  updatedAt: number;
}
