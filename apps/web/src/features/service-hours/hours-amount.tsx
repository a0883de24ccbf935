import { formatHours } from '@liandong/domain';
import { useTranslation } from 'react-i18next';

/** Credited hours with the unit ("3.25 小时"); a correction shows its sign (+0.5 / -1). */
export function HoursAmount({ hundredths, signed = false }: { hundredths: number; signed?: boolean }) {
  const { t } = useTranslation();
  const sign = signed && hundredths > 0 ? '+' : '';
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {t('serviceHours.hoursValue', { hours: `${sign}${formatHours(hundredths)}` })}
    </span>
  );
}
