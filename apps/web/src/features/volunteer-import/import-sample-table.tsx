import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import type { VolunteerImportSampleRow } from './import-contracts.ts';

/** A few rows as they will be registered, identity masked, so the coordinator sees the columns were read right. */
export function ImportSampleTable({ rows }: { rows: VolunteerImportSampleRow[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<VolunteerImportSampleRow> = [
    { title: t('volunteerImport.sampleColumns.row'), dataIndex: 'row', key: 'row', width: 70 },
    { title: t('volunteerImport.sampleColumns.name'), dataIndex: 'name', key: 'name' },
    {
      title: t('volunteerImport.sampleColumns.gender'),
      key: 'gender',
      render: (_, row) => t(`volunteerImport.genders.${row.gender}`),
    },
    { title: t('volunteerImport.sampleColumns.birthDate'), dataIndex: 'birthDate', key: 'birthDate' },
    { title: t('volunteerImport.sampleColumns.idNumber'), dataIndex: 'idNumberMasked', key: 'id' },
    { title: t('volunteerImport.sampleColumns.phone'), dataIndex: 'phoneMasked', key: 'phone' },
    {
      title: t('volunteerImport.sampleColumns.skills'),
      key: 'skills',
      render: (_, row) => row.skills.join('、') || '—',
    },
    { title: t('volunteerImport.sampleColumns.teams'), key: 'teams', render: (_, row) => row.teams.join('、') || '—' },
  ];
  return (
    <ResponsiveTable<VolunteerImportSampleRow> rowKey="row" columns={columns} dataSource={rows} pagination={false} />
  );
}
