import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../lib/api.ts';
import { existingVolunteerOf } from './volunteer-errors.ts';

/** "该证件号码已登记" with a link to the existing record when the user may see it; nothing for other errors. */
export function AlreadyRegisteredAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || error.code !== 'volunteers.already_registered') return null;
  const existing = existingVolunteerOf(error);
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={t('volunteers.form.alreadyRegistered')}
      description={
        existing
          ? t('volunteers.form.alreadyRegisteredNo', { localNo: existing.localNo ?? '—' })
          : t('volunteers.form.alreadyRegisteredHidden')
      }
      action={existing && <Link to={`/volunteers/${existing.volunteerId}`}>{t('volunteers.form.viewExisting')}</Link>}
    />
  );
}
