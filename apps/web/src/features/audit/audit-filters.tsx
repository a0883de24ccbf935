import { Button, DatePicker, Form, type GetProps, Grid, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { shanghaiDayBounds } from '../../lib/format-time.ts';
import { UserSelect } from '../organizations/user-select.tsx';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from './audit-labels.ts';

type RangeValue = GetProps<typeof DatePicker.RangePicker>['value'];

interface FilterValues {
  action?: string;
  entityType?: string;
  userId?: string;
  range?: RangeValue;
}

/** What the audit query sends; `from` and `to` bound whole days in Beijing time. */
export interface AuditFilters {
  action?: string;
  entityType?: string;
  userId?: string;
  from?: number;
  to?: number;
}

function toFilters({ action, entityType, userId, range }: FilterValues): AuditFilters {
  const [first, last] = range ?? [];
  return {
    action,
    entityType,
    userId,
    from: first ? shanghaiDayBounds(first.year(), first.month(), first.date()).start : undefined,
    to: last ? shanghaiDayBounds(last.year(), last.month(), last.date()).end : undefined,
  };
}

/** The audit log's filters: action (or a whole group of actions), record type, user and a range of days. */
export function AuditFiltersForm({ onChange }: { onChange: (filters: AuditFilters) => void }) {
  const { t } = useTranslation();
  const isPhone = !Grid.useBreakpoint().md;
  const [form] = Form.useForm<FilterValues>();

  const actionOptions = Object.entries(AUDIT_ACTIONS).map(([group, names]) => {
    const groupLabel = t(`audit.groups.${group}`);
    return {
      label: groupLabel,
      options: [
        { value: group, label: t('audit.filters.allOf', { group: groupLabel }) },
        ...names.map((name) => ({ value: `${group}.${name}`, label: t(`audit.actions.${group}.${name}`) })),
      ],
    };
  });
  const fieldStyle = isPhone ? { width: '100%', marginInlineEnd: 0 } : undefined;

  return (
    <Form<FilterValues>
      name="auditFilters"
      form={form}
      layout={isPhone ? 'vertical' : 'inline'}
      onFinish={(values) => onChange(toFilters(values))}
      style={{ rowGap: 12 }}
    >
      <Form.Item name="action" label={t('audit.filters.action')} style={fieldStyle}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('audit.filters.actionPlaceholder')}
          options={actionOptions}
          style={{ width: isPhone ? '100%' : 180 }}
          // Over a hundred actions in twenty groups: a wider list keeps the longer names whole.
          popupMatchSelectWidth={isPhone ? true : 280}
        />
      </Form.Item>
      <Form.Item name="entityType" label={t('audit.filters.entityType')} style={fieldStyle}>
        <Select
          allowClear
          placeholder={t('audit.filters.entityTypePlaceholder')}
          options={AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: t(`audit.entityTypes.${type}`) }))}
          style={{ width: isPhone ? '100%' : 140 }}
          popupMatchSelectWidth={isPhone ? true : 220}
        />
      </Form.Item>
      <Form.Item name="userId" label={t('audit.filters.user')} style={fieldStyle}>
        <UserSelect
          allowClear
          placeholder={t('audit.filters.userPlaceholder')}
          style={{ width: isPhone ? '100%' : 200 }}
        />
      </Form.Item>
      <Form.Item name="range" label={t('audit.filters.dateRange')} style={fieldStyle}>
        <DatePicker.RangePicker style={{ width: isPhone ? '100%' : 240 }} inputReadOnly={isPhone} />
      </Form.Item>
      <Form.Item style={fieldStyle}>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('audit.filters.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onChange({});
            }}
          >
            {t('audit.filters.reset')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
