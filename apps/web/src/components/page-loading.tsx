import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: 240 }} role="status" aria-live="polite">
      <Spin description={t('common.loading')}>
        <div style={{ width: 80, height: 40 }} />
      </Spin>
    </div>
  );
}
