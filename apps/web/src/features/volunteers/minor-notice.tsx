import { ageOn, type MinorsPolicyBand, minorRequirements, parseCalendarDate } from '@liandong/domain';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

interface MinorNoticeProps {
  birthDate: string | undefined;
  today: string;
  policy: readonly MinorsPolicyBand[] | undefined;
}

/** What the registry's minors policy asks at this birth date: nothing for an adult, else a notice saying what. */
export function MinorNotice({ birthDate, today, policy }: MinorNoticeProps) {
  const { t } = useTranslation();
  if (!birthDate || !policy || !parseCalendarDate(birthDate) || birthDate > today) return null;
  const age = ageOn(birthDate, today);
  if (age >= 18) return null;
  const needs = minorRequirements(age, policy);
  const rule = needs.forbidden
    ? 'forbidden'
    : needs.accompanied
      ? 'accompanied'
      : needs.guardianConsent
        ? 'consent'
        : 'none';
  return (
    <Alert
      type={needs.forbidden ? 'error' : 'warning'}
      showIcon
      style={{ marginBottom: 16 }}
      title={t('volunteers.minor.title', { age })}
      description={t(`volunteers.minor.staff.${rule}`)}
    />
  );
}
