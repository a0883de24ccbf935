import type { VolunteerProfile } from '@liandong/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** 未成年 and what the registry's policy asks at this age (须监护人同意, 须监护人陪同), with whether consent is on file. */
export function MinorTags({ minor }: { minor: VolunteerProfile['minor'] }) {
  const { t } = useTranslation();
  if (!minor.isMinor) return null;
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      <Tag color="magenta" style={{ marginInlineEnd: 0 }}>
        {t('volunteers.minor.tag')}
      </Tag>
      {minor.forbidden && (
        <Tag color="red" style={{ marginInlineEnd: 0 }}>
          {t('volunteers.minor.forbidden')}
        </Tag>
      )}
      {minor.accompanied && <Tag style={{ marginInlineEnd: 0 }}>{t('volunteers.minor.accompanied')}</Tag>}
      {minor.guardianConsent && (
        <Tag color={minor.hasActiveConsent ? 'green' : 'orange'} style={{ marginInlineEnd: 0 }}>
          {minor.hasActiveConsent ? t('volunteers.minor.consentOnFile') : t('volunteers.minor.consentMissing')}
        </Tag>
      )}
    </span>
  );
}
