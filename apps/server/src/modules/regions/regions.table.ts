import type { CommunityType } from '@liandong/domain';

export interface RegionsTable {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  parentCode: string | null;
  fullName: string;
  pinyin: string;
  initials: string;
}

export interface StreetsTable {
  id: string;
  countyCode: string;
  name: string;
  kind: 'subdistrict' | 'town' | 'township';
  code: string | null;
  pinyin: string;
  initials: string;
  createdAt: number;
  updatedAt: number;
}

export interface CommunitiesTable {
  id: string;
  streetId: string;
  countyCode: string;
  name: string;
  type: CommunityType;
  code: string | null;
  description: string | null;
  pinyin: string;
  initials: string;
  createdAt: number;
  updatedAt: number;
}

export interface GridsTable {
  id: string;
  communityId: string;
  name: string;
  createdAt: number;
}

export interface BuildingsTable {
  id: string;
  communityId: string;
  gridId: string | null;
  name: string;
  createdAt: number;
}
