import { BankOutlined } from '@ant-design/icons';
import type { Organization, Session } from '@liandong/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { RoleTags } from '../components/role-tags.tsx';
import { api } from '../lib/api.ts';
import { errorText } from '../lib/error-text.ts';
import { useSession, useSetSession } from '../lib/use-session.ts';

/**
 * Which organization the user acts for. Roles and permissions come from the acting membership, so switching
 * changes what every page shows; a detail page of the previous organization is left for its list.
 */
export function OrganizationSwitcher({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: session } = useSession();
  const setSession = useSetSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const memberships = session?.memberships ?? [];
  const actingId = session?.actingOrganizationId ?? null;
  const actingIsMembership = memberships.some((m) => m.organizationId === actingId);
  // A platform administrator may act for an organization they are no member of; its name is not in the session.
  const elsewhere = useQuery({
    queryKey: ['organizations', actingId, 'switcher'],
    queryFn: () => api.get<Organization>(`/api/organizations/${actingId}`),
    enabled: Boolean(actingId) && !actingIsMembership,
  });
  const switchTo = useMutation({
    mutationFn: (organizationId: string) => api.put<Session>('/api/auth/acting-organization', { organizationId }),
    onSuccess: (next, organizationId) => {
      const name = next.memberships.find((m) => m.organizationId === organizationId)?.organizationName ?? '';
      const section = pathname.split('/')[1] ?? '';
      if (pathname.split('/').length > 2) navigate(`/${section}`);
      setSession(next);
      void message.success(t('nav.switched', { name }));
    },
    onError: (error) => void message.error(errorText(t, error)),
  });

  if (!session) return null;
  // A phone's header has room for about ten characters: the short name when there is one, else the full name cut short.
  const shown = (name: string, shortName: string | null | undefined) => (compact && shortName ? shortName : name);
  const width = compact ? undefined : 300;
  const boxStyle = { minWidth: 0, flex: compact ? '1 1 auto' : '0 1 auto', maxWidth: compact ? 220 : 360 };

  if (memberships.length === 0) {
    return session.user.isPlatformAdmin ? (
      <Tag color="gold" style={{ marginInlineEnd: 0 }}>
        {t('roles.platform_admin')}
      </Tag>
    ) : (
      <Typography.Text type="secondary" ellipsis style={boxStyle}>
        {t('nav.noOrganization')}
      </Typography.Text>
    );
  }

  if (memberships.length === 1 && actingIsMembership) {
    const only = memberships[0]!;
    return (
      <span style={{ ...boxStyle, display: 'inline-flex', alignItems: 'center', gap: 8 }} title={only.organizationName}>
        <BankOutlined aria-hidden style={{ color: '#0f766e' }} />
        <Typography.Text strong ellipsis style={{ minWidth: 0 }}>
          {shown(only.organizationName, only.organizationShortName)}
        </Typography.Text>
      </span>
    );
  }

  const options = memberships.map((m) => ({
    value: m.organizationId,
    label: m.organizationName,
    selectedLabel: shown(m.organizationName, m.organizationShortName),
    roles: m.roles,
  }));
  if (actingId && !actingIsMembership) {
    const label = elsewhere.data?.name ?? t('nav.actingElsewhere');
    options.unshift({ value: actingId, label, selectedLabel: shown(label, elsewhere.data?.shortName), roles: [] });
  }

  return (
    <Select
      aria-label={t('nav.switchOrganization')}
      value={actingId ?? undefined}
      placeholder={t('nav.switchOrganization')}
      options={options}
      loading={switchTo.isPending}
      disabled={switchTo.isPending}
      onChange={(value: string) => {
        if (value !== actingId) switchTo.mutate(value);
      }}
      style={{ ...boxStyle, width }}
      variant={compact ? 'borderless' : 'outlined'}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: compact ? 280 : 320, maxWidth: 'calc(100vw - 16px)' } } }}
      prefix={compact ? null : <BankOutlined aria-hidden style={{ color: '#0f766e' }} />}
      labelRender={({ label, value }) => (
        <Typography.Text strong ellipsis style={{ maxWidth: '100%' }}>
          {options.find((option) => option.value === value)?.selectedLabel ?? label}
        </Typography.Text>
      )}
      optionRender={(option) => (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 4, padding: '2px 0', whiteSpace: 'normal' }}>
          <span>{option.data.label}</span>
          {option.data.roles.length > 0 && <RoleTags roles={option.data.roles} />}
        </div>
      )}
    />
  );
}
