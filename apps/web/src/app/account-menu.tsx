import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../lib/api.ts';
import { useSession, useSetSession } from '../lib/use-session.ts';

/** The signed-in user's menu: their profile and signing out. */
export function AccountMenu({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: session } = useSession();
  const setSession = useSetSession();
  const navigate = useNavigate();
  if (!session) return null;
  const { displayName, username } = session.user;

  const signOut = async () => {
    try {
      await api.post('/api/auth/logout');
    } catch {
      // Already signed out on the server (expired or revoked): leaving locally is all that remains to do.
    }
    navigate('/login', { replace: true });
    setSession(null);
    void message.success(t('nav.signedOut'));
  };

  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      menu={{
        items: [
          {
            key: 'who',
            disabled: true,
            label: (
              <div style={{ lineHeight: 1.4, color: 'rgba(0,0,0,0.88)' }}>
                <div style={{ fontWeight: 600 }}>{displayName}</div>
                <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>{username}</div>
              </div>
            ),
          },
          { type: 'divider' },
          { key: 'profile', icon: <UserOutlined />, label: t('nav.profile') },
          { key: 'signOut', icon: <LogoutOutlined />, label: t('nav.signOut'), danger: true },
        ],
        onClick: ({ key }) => {
          if (key === 'profile') navigate('/profile');
          if (key === 'signOut') void signOut();
        },
      }}
    >
      <Button type="text" aria-label={`${t('nav.account')}: ${displayName}`} style={{ paddingInline: compact ? 4 : 8 }}>
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
          <Avatar size={28} style={{ background: '#0f766e', flex: 'none' }}>
            {Array.from(displayName)[0]}
          </Avatar>
          {!compact && (
            <>
              <span style={{ maxWidth: 120, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                {displayName}
              </span>
              <DownOutlined style={{ fontSize: 10, color: 'rgba(0,0,0,0.45)' }} aria-hidden />
            </>
          )}
        </span>
      </Button>
    </Dropdown>
  );
}
