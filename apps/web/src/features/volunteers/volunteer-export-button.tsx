import { DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../lib/use-session.ts';
import type { VolunteerListFilters } from './use-volunteer-list.ts';

/** The export's address with the list's filters; `reveal` asks for full ID and phone numbers (audited). */
export function exportUrlOf(filters: VolunteerListFilters, reveal = false): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.status) params.set('status', filters.status);
  if (filters.organizationId) params.set('organizationId', filters.organizationId);
  if (filters.skill) params.set('skill', filters.skill);
  if (reveal) params.set('reveal', '1');
  const query = params.toString();
  return `/api/volunteers/export.xlsx${query ? `?${query}` : ''}`;
}

/** 导出 Excel of the volunteers the list shows; those who may reveal can ask for full numbers instead of masks. */
export function VolunteerExportButton({ filters }: { filters: VolunteerListFilters }) {
  const { t } = useTranslation();
  const can = useCan();
  // A plain link: the browser downloads the file with the session cookie, however large it is.
  const download = (reveal: boolean) => window.location.assign(exportUrlOf(filters, reveal));
  if (!can('volunteers.reveal')) {
    return (
      <Button icon={<DownloadOutlined />} onClick={() => download(false)}>
        {t('volunteers.export.button')}
      </Button>
    );
  }
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'masked', label: t('volunteers.export.masked') },
          { key: 'reveal', label: t('volunteers.export.reveal') },
        ],
        onClick: ({ key }) => download(key === 'reveal'),
      }}
    >
      <Button icon={<DownloadOutlined />}>{t('volunteers.export.button')}</Button>
    </Dropdown>
  );
}
