export interface UsersTable {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  isPlatformAdmin: number;
  status: 'active' | 'disabled';
  passwordChangedAt: number;
  createdAt: number;
  updatedAt: number;
}
