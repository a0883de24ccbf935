import type { CommunityType } from '@liandong/domain';

/** 温岭市 (台州, 浙江): a county-level city with subdistricts and towns, so every community type occurs naturally. */
export const DEMO_COUNTY_CODE = '331081';

export interface DemoCommunity {
  name: string;
  type: CommunityType;
  description: string;
  /** Grid name → the buildings in it. */
  grids?: Record<string, string[]>;
}

export interface DemoStreet {
  name: string;
  kind: 'subdistrict' | 'town' | 'township';
  communities: DemoCommunity[];
}

// Community names and descriptions are invented for the demo.
export const DEMO_STREETS: DemoStreet[] = [
  {
    name: '太平街道',
    kind: 'subdistrict',
    communities: [
      {
        name: '锦屏社区',
        type: 'residential',
        description: '老城区商品房小区为主，老年人口比例较高。',
        grids: { 锦屏第一网格: ['锦屏花园1幢', '锦屏花园2幢'], 锦屏第二网格: ['锦屏花园3幢', '锦屏苑A座'] },
      },
      {
        name: '万寿社区',
        type: 'mixed_use',
        description: '沿街商铺与住宅混合，流动人口较多。',
        grids: { 万寿网格: ['万寿商住楼'] },
      },
      { name: '横湖社区', type: 'village_to_residence', description: '原横湖村撤村建居，安置小区集中。' },
    ],
  },
  {
    name: '城东街道',
    kind: 'subdistrict',
    communities: [
      {
        name: '东辉社区',
        type: 'residential',
        description: '新建住宅区，双职工家庭和学龄儿童较多。',
        grids: { 东辉第一网格: ['东辉家园5幢', '东辉家园6幢'] },
      },
      {
        name: '下保社区',
        type: 'urban_village',
        description: '城中村，出租屋密集，外来务工人员集中。',
        grids: { 下保网格: ['下保新村A区3号楼'] },
      },
      { name: '东湖社区', type: 'mixed_use', description: '商业街区与老旧小区交错。' },
    ],
  },
  {
    name: '泽国镇',
    kind: 'town',
    communities: [
      { name: '泽国工业园社区', type: 'industrial', description: '以制造企业和员工宿舍为主的产业社区。' },
      { name: '腾蛟社区', type: 'village_to_residence', description: '村改居社区，保留部分农田。' },
      { name: '丹崖村', type: 'rural', description: '山区行政村，留守老人和儿童较多。' },
    ],
  },
  {
    name: '石塘镇',
    kind: 'town',
    communities: [{ name: '海利村', type: 'rural', description: '渔村，青壮年多外出务工。' }],
  },
];
