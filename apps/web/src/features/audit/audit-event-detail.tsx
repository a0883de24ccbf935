import type { AuditEvent } from '@liandong/domain';
import { Descriptions, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fieldLabelKey } from './audit-labels.ts';
import { describeAuditValue } from './audit-values.ts';

interface ChangeRow {
  field: string;
  before: unknown;
  after: unknown;
}

function AuditValueText({ field, value }: { field: string; value: unknown }) {
  const { t } = useTranslation();
  const described = describeAuditValue(field, value);
  switch (described.kind) {
    case 'redacted':
      return <Tag>{t('audit.detail.redacted')}</Tag>;
    case 'empty':
      return <Typography.Text type="secondary">{t('audit.detail.empty')}</Typography.Text>;
    case 'label':
      return <span>{t(described.key)}</span>;
    case 'text':
      return <span style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>{described.text}</span>;
  }
}

/** The expanded row of an audit event: which fields changed from what to what, and where the request came from. */
export function AuditEventDetail({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const rows: ChangeRow[] = Object.entries(event.changes ?? {}).map(([field, change]) => ({ field, ...change }));
  const columns: TableColumnsType<ChangeRow> = [
    {
      title: t('audit.detail.field'),
      dataIndex: 'field',
      width: 160,
      render: (field: string) => {
        const key = fieldLabelKey(field);
        return key ? t(key) : <Typography.Text code>{field}</Typography.Text>;
      },
    },
    {
      title: t('audit.detail.before'),
      dataIndex: 'before',
      render: (value: unknown, row) => <AuditValueText field={row.field} value={value} />,
    },
    {
      title: t('audit.detail.after'),
      dataIndex: 'after',
      render: (value: unknown, row) => <AuditValueText field={row.field} value={value} />,
    },
  ];

  return (
    <div style={{ display: 'grid', gap: 12, maxWidth: 900 }}>
      <Typography.Text strong>{t('audit.detail.changes')}</Typography.Text>
      {rows.length === 0 ? (
        <Typography.Text type="secondary">{t('audit.detail.noChanges')}</Typography.Text>
      ) : (
        <Table<ChangeRow> rowKey="field" size="small" columns={columns} dataSource={rows} pagination={false} bordered />
      )}
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'entityId', label: t('audit.detail.entityId'), children: event.entityId ?? '—' },
          { key: 'requestId', label: t('audit.detail.requestId'), children: event.requestId ?? '—' },
          {
            key: 'userAgent',
            label: t('audit.detail.userAgent'),
            children: <span style={{ overflowWrap: 'anywhere' }}>{event.userAgent ?? '—'}</span>,
          },
        ]}
      />
    </div>
  );
}
