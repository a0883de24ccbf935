import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type PasswordChecks, passwordChecks } from '../lib/password-checks.ts';

const ORDER: (keyof PasswordChecks)[] = ['length', 'lettersAndDigits', 'notUsername'];

/**
 * The password rule as a checklist that ticks itself off while the user types, so nobody learns the rule from an
 * error after submitting. Put it in the Form.Item's `extra` of a new-password field.
 */
export function PasswordRuleHint({ password, username }: { password: string; username?: string }) {
  const { t } = useTranslation();
  const checks = passwordChecks(password ?? '', username);
  return (
    <ul
      aria-live="polite"
      style={{ listStyle: 'none', margin: '4px 0 0', padding: 0, display: 'flex', flexWrap: 'wrap', gap: '2px 16px' }}
    >
      {ORDER.map((key) => {
        const met = Boolean(password) && checks[key];
        return (
          <li key={key} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
            {met ? (
              <CheckCircleFilled style={{ color: '#16a34a' }} aria-hidden />
            ) : (
              <MinusCircleOutlined style={{ color: '#a3a3a3' }} aria-hidden />
            )}
            <Typography.Text type={met ? 'success' : 'secondary'} style={{ fontSize: 13 }}>
              {t(`common.passwordRule.${key}`)}
              <span className="sr-only">{t(met ? 'common.passwordRule.met' : 'common.passwordRule.unmet')}</span>
            </Typography.Text>
          </li>
        );
      })}
    </ul>
  );
}
