import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { AccountMenu } from './account-menu.tsx';
import { OrganizationSwitcher } from './organization-switcher.tsx';

/** The organization switcher on the left, the language switch and account menu on the right; one line on a phone. */
export function HeaderBar({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: compact ? 4 : 8, flex: 1, minWidth: 0 }}>
      {!compact && (
        <Typography.Text type="secondary" style={{ flex: 'none' }}>
          {t('nav.actingFor')}
        </Typography.Text>
      )}
      <OrganizationSwitcher compact={compact} />
      <div
        style={{ marginInlineStart: 'auto', display: 'flex', alignItems: 'center', gap: compact ? 0 : 4, flex: 'none' }}
      >
        <LanguageSwitch compact={compact} />
        <AccountMenu compact={compact} />
      </div>
    </div>
  );
}
