import { WarningOutlined } from '@ant-design/icons';
import type { CheckFlag } from '@liandong/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Why a check-in needs a second look, in orange so the coordinator looks twice before approving. */
export function HoursFlags({ flags }: { flags: readonly CheckFlag[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      {flags.map((flag) => (
        <Tag key={flag} color="orange" icon={<WarningOutlined />} style={{ marginInlineEnd: 0 }}>
          {t(`serviceHours.flags.${flag}`)}
        </Tag>
      ))}
    </span>
  );
}
