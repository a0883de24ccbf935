import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { VOLUNTEER_IMPORT_COLUMNS, type VolunteerImportProblem } from './import-contracts.ts';
import { problemMessage } from './import-problem-text.ts';

const HEADERS = new Map<string, string>(VOLUNTEER_IMPORT_COLUMNS.map((column) => [column.key, column.header]));

/** 行号 · 列 · 问题: each problem where the coordinator will find it in their spreadsheet, worded in full. */
export function ImportProblemsTable({ problems }: { problems: VolunteerImportProblem[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<VolunteerImportProblem> = [
    { title: t('volunteerImport.problemColumns.row'), dataIndex: 'row', key: 'row', width: 80 },
    {
      title: t('volunteerImport.problemColumns.column'),
      key: 'column',
      width: 140,
      // The template's own Chinese headers, which the file carries whatever the interface language.
      render: (_, problem) => HEADERS.get(problem.column) ?? problem.column,
    },
    {
      title: t('volunteerImport.problemColumns.problem'),
      key: 'problem',
      render: (_, problem) => {
        const { key, values } = problemMessage(problem);
        return t(key, values);
      },
    },
  ];
  return (
    <ResponsiveTable<VolunteerImportProblem>
      rowKey={(problem) => `${problem.row}-${problem.column}-${problem.code}`}
      columns={columns}
      dataSource={problems}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
    />
  );
}
