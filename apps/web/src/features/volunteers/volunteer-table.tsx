import { formatHours, type SkillOption } from '@liandong/domain';
import type { UseQueryResult } from '@tanstack/react-query';
import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PagedTable } from '../../components/paged-table.tsx';
import type { Page } from '../../lib/api.ts';
import { SkillTags } from './skill-tags.tsx';
import { PAGE_SIZE, type VolunteerRow } from './use-volunteer-list.ts';
import { VolunteerStatusTag } from './volunteer-status-tag.tsx';

export interface VolunteerResultsProps {
  query: UseQueryResult<Page<VolunteerRow>>;
  page: number;
  onPageChange: (page: number) => void;
  skills: readonly SkillOption[];
  empty: ReactNode;
  /** Prospective volunteers ticked for bulk approval; selection is offered only when this is given. */
  selection?: { ids: string[]; onChange: (ids: string[]) => void };
}

/** The volunteer list on a wide screen: one row per volunteer, a click opens the profile. */
export function VolunteerTable({ query, page, onPageChange, skills, empty, selection }: VolunteerResultsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const columns: TableColumnsType<VolunteerRow> = [
    { title: t('volunteers.fields.localNo'), dataIndex: 'localNo', width: 100 },
    {
      title: t('volunteers.fields.name'),
      key: 'name',
      render: (_, row) => <Link to={`/volunteers/${row.id}`}>{row.name}</Link>,
    },
    { title: t('volunteers.fields.gender'), key: 'gender', render: (_, row) => t(`volunteers.genders.${row.gender}`) },
    { title: t('volunteers.fields.age'), dataIndex: 'age', align: 'right' },
    { title: t('volunteers.fields.phone'), dataIndex: 'phoneMasked' },
    {
      title: t('volunteers.fields.status'),
      key: 'status',
      render: (_, row) => <VolunteerStatusTag status={row.status} />,
    },
    { title: t('volunteers.fields.homeOrganization'), key: 'home', render: (_, row) => row.homeOrganization.name },
    {
      title: t('volunteers.fields.skills'),
      key: 'skills',
      render: (_, row) => <SkillTags codes={row.skills} skills={skills} max={3} />,
    },
    {
      title: t('volunteers.fields.approvedHours'),
      key: 'hours',
      align: 'right',
      render: (_, row) => formatHours(row.approvedHundredths),
    },
  ];
  return (
    <PagedTable<VolunteerRow>
      rowKey="id"
      columns={columns}
      query={query}
      page={page}
      pageSize={PAGE_SIZE}
      onPageChange={onPageChange}
      empty={empty}
      rowSelection={
        selection && {
          selectedRowKeys: selection.ids,
          preserveSelectedRowKeys: true,
          onChange: (keys) => selection.onChange(keys.map(String)),
          // Only prospective volunteers wait for approval.
          getCheckboxProps: (row) => ({ disabled: row.status !== 'prospective', 'aria-label': row.name }),
        }
      }
      onRow={(row) => ({
        style: { cursor: 'pointer' },
        onClick: (event) => {
          // Ticking the checkbox or following the name's link is not a click on the row.
          if ((event.target as HTMLElement).closest('.ant-table-selection-column, a')) return;
          navigate(`/volunteers/${row.id}`);
        },
      })}
    />
  );
}
