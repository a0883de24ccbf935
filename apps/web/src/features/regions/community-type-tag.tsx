import type { CommunityType } from '@liandong/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

// Colours suggest the setting: greens for rural, warm tones for the mixed and changing neighbourhoods.
const TYPE_COLORS: Record<CommunityType, string> = {
  residential: 'blue',
  mixed_use: 'purple',
  urban_village: 'orange',
  village_to_residence: 'gold',
  industrial: 'geekblue',
  rural: 'green',
};

export function CommunityTypeTag({ type }: { type: CommunityType }) {
  const { t } = useTranslation();
  return <Tag color={TYPE_COLORS[type]}>{t(`regions.communityTypes.${type}`)}</Tag>;
}
