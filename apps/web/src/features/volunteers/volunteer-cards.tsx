import { formatHours } from '@liandong/domain';
import { Checkbox, Pagination, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError } from '../../components/load-error.tsx';
import { SkillTags } from './skill-tags.tsx';
import { PAGE_SIZE, type VolunteerRow } from './use-volunteer-list.ts';
import { VolunteerStatusTag } from './volunteer-status-tag.tsx';
import type { VolunteerResultsProps } from './volunteer-table.tsx';

/** The volunteer list on a phone: one card per volunteer, tapped to open the profile. */
export function VolunteerCards({ query, page, onPageChange, skills, empty, selection }: VolunteerResultsProps) {
  const { t } = useTranslation();
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <Spin style={{ display: 'block', padding: 24 }} />;
  const { items, total } = query.data;
  if (items.length === 0) return <>{empty}</>;
  const toggle = (row: VolunteerRow, checked: boolean) =>
    selection?.onChange(checked ? [...selection.ids, row.id] : selection.ids.filter((id) => id !== row.id));

  return (
    <div style={{ display: 'grid', gap: 8, opacity: query.isFetching ? 0.6 : 1 }}>
      {items.map((row) => (
        <div
          key={row.id}
          style={{
            display: 'flex',
            gap: 10,
            alignItems: 'flex-start',
            border: '1px solid #f0f0f0',
            borderRadius: 8,
            padding: '12px 14px',
            background: '#fff',
          }}
        >
          {selection && row.status === 'prospective' && (
            <Checkbox
              checked={selection.ids.includes(row.id)}
              onChange={(event) => toggle(row, event.target.checked)}
              aria-label={t('volunteers.list.select', { name: row.name })}
              style={{ paddingTop: 2 }}
            />
          )}
          <Link to={`/volunteers/${row.id}`} style={{ flex: 1, minWidth: 0, color: 'inherit' }}>
            <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
              <Typography.Text strong style={{ fontSize: 16 }}>
                {row.name}
              </Typography.Text>
              <VolunteerStatusTag status={row.status} />
              <Typography.Text type="secondary" style={{ marginInlineStart: 'auto' }}>
                {row.localNo}
              </Typography.Text>
            </div>
            <Typography.Text type="secondary" style={{ display: 'block', margin: '4px 0' }}>
              {t(`volunteers.genders.${row.gender}`)} · {t('volunteers.ageYears', { age: row.age })} · {row.phoneMasked}
            </Typography.Text>
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'flex-end' }}>
              <div style={{ minWidth: 0 }}>
                <div style={{ marginBottom: 4 }}>{row.homeOrganization.name}</div>
                <SkillTags codes={row.skills} skills={skills} max={3} />
              </div>
              <Typography.Text style={{ whiteSpace: 'nowrap' }}>
                {t('volunteers.hoursValue', { hours: formatHours(row.approvedHundredths) })}
              </Typography.Text>
            </div>
          </Link>
        </div>
      ))}
      <Pagination
        simple
        align="center"
        current={page}
        pageSize={PAGE_SIZE}
        total={total}
        hideOnSinglePage
        onChange={onPageChange}
        style={{ marginTop: 8 }}
      />
      <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
        {t('common.total', { count: total })}
      </Typography.Text>
    </div>
  );
}
