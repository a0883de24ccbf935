import { Flex, Spin, theme } from 'antd';
import { useTranslation } from 'react-i18next';

/** A page or card whose data is on its way: the spinner with "加载中…" on one line, however narrow the space. */
export function PageLoading() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  // Not Spin's own description: that is boxed to the spinner's placeholder and wraps a few characters in.
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: 240 }} role="status" aria-live="polite">
      <Flex vertical align="center" gap={8}>
        <Spin />
        <span style={{ color: token.colorPrimary, whiteSpace: 'nowrap' }}>{t('common.loading')}</span>
      </Flex>
    </div>
  );
}
