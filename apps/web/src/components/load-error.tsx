import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/error-text.ts';

/** The error state of a page or panel whose data could not be loaded, with a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={t('common.loadFailed')}
      subTitle={errorText(t, error)}
      extra={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : null}
    />
  );
}
