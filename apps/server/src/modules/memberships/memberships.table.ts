import type { Role } from '@liandong/domain';

export interface MembershipsTable {
  id: string;
  userId: string;
  organizationId: string;
  role: Role;
  createdAt: number;
  createdBy: string | null;
}
