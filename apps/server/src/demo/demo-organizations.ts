import type { LegalStatus, OrganizationKind } from '@liandong/domain';
import type { UsccCategory } from './demo-uscc.ts';

export interface DemoOrganization {
  key: string;
  /** The key of the parent organization; null for a root (created by the platform administrator). */
  parent: string | null;
  name: string;
  shortName?: string;
  kind: OrganizationKind;
  legalStatus: LegalStatus;
  /** Registered organizations get a generated, valid 统一社会信用代码 of this category. */
  uscc?: UsccCategory;
  /** The name of the demo community the organization is based in. */
  community?: string;
  contactName?: string;
  description: string;
}

const station = (key: string, place: string): DemoOrganization => ({
  key,
  parent: 'federation',
  name: `温岭市义工联合会${place}服务站`,
  shortName: `${place}服务站`,
  kind: 'service_station',
  legalStatus: 'none',
  description: `义工联在${place}的服务站，负责义工招募、培训和服务队管理。`,
});

const team = (key: string, parent: string, name: string, description: string): DemoOrganization => ({
  key,
  parent,
  name,
  kind: 'volunteer_team',
  legalStatus: 'none',
  description,
});

const communityOrg = (
  key: string,
  name: string,
  community: string,
  legal: { legalStatus: 'filed' } | { legalStatus: 'registered'; uscc: UsccCategory },
  description: string,
): DemoOrganization => ({ key, parent: 'civil', name, kind: 'community_org', community, ...legal, description });

/**
 * The demo's organizations, parents before children. All names are invented. The first is the one created at
 * setup; the others are created through the organizations API.
 */
export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    key: 'civil',
    parent: null,
    name: '温岭市民政局',
    shortName: '市民政局',
    kind: 'government',
    legalStatus: 'none',
    description: '政府购买社会工作服务的主管与购买方，社区社会组织的登记备案机关。',
  },
  {
    key: 'women',
    parent: null,
    name: '温岭市妇女联合会',
    shortName: '市妇联',
    kind: 'hub_org',
    legalStatus: 'none',
    description: '枢纽型社会组织，购买妇女儿童与家庭服务项目。',
  },
  {
    key: 'federation',
    parent: null,
    name: '温岭市义工联合会',
    shortName: '义工联',
    kind: 'volunteer_federation',
    legalStatus: 'registered',
    uscc: '51',
    contactName: '蒋明哲',
    description: '全市义工的联合组织，下设服务站和服务队。',
  },
  station('station-taiping', '太平'),
  station('station-chengdong', '城东'),
  station('station-zeguo', '泽国'),
  team('team-elderly', 'station-taiping', '太平长者关爱服务队', '探访独居老人，陪伴就医。'),
  team('team-youth', 'station-taiping', '太平青少年成长服务队', '课后托管与四点半课堂。'),
  team('team-disability', 'station-chengdong', '城东助残服务队', '陪伴残障人士出行与康复活动。'),
  team('team-green', 'station-chengdong', '城东环保服务队', '垃圾分类宣传与河道清洁。'),
  team('team-enterprise', 'station-zeguo', '泽国企业团体义工队', '园区企业员工组成的团体义工队。'),
  team('team-village', 'station-zeguo', '泽国乡村振兴服务队', '支持山区村的留守儿童和老人。'),
  {
    key: 'agency',
    parent: null,
    name: '温岭市和光社会工作服务中心',
    shortName: '和光社工',
    kind: 'social_work_agency',
    legalStatus: 'registered',
    uscc: '52',
    community: '锦屏社区',
    contactName: '陈思远',
    description: '专业社工机构，承接社区综合服务与个案服务。',
  },
  {
    key: 'university',
    parent: null,
    name: '浙东滨海学院社会工作专业实务团队',
    shortName: '滨海学院社工团队',
    kind: 'university_team',
    legalStatus: 'none',
    description: '高校社工团队：师生在社区开展实习督导与服务研究。',
  },
  {
    key: 'evaluator',
    parent: null,
    name: '台州明鉴社会服务评估中心',
    shortName: '明鉴评估',
    kind: 'evaluator',
    legalStatus: 'registered',
    uscc: '52',
    description: '第三方评估机构，评估政府购买服务项目。',
  },
  communityOrg('elders', '锦屏社区长者互助会', '锦屏社区', { legalStatus: 'filed' }, '社区长者自发组织的互助会。'),
  communityOrg('reading', '东辉社区亲子阅读会', '东辉社区', { legalStatus: 'filed' }, '周末亲子共读与绘本漂流。'),
  communityOrg('village-council', '丹崖村乡贤理事会', '丹崖村', { legalStatus: 'filed' }, '村民议事与乡贤帮扶。'),
  communityOrg(
    'neighbours',
    '温岭市邻里守望志愿服务协会',
    '下保社区',
    { legalStatus: 'registered', uscc: '51' },
    '城中村邻里互助与出租屋安全宣传。',
  ),
  communityOrg(
    'culture',
    '温岭市太平社区文体促进会',
    '万寿社区',
    { legalStatus: 'registered', uscc: '51' },
    '社区文艺队与全民健身活动。',
  ),
];
