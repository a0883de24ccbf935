import { PlusOutlined } from '@ant-design/icons';
import type { Building, Grid } from '@liandong/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Space, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { api } from '../../lib/api.ts';
import { showServerError } from '../../lib/form-errors.ts';

interface GridsCardProps {
  communityId: string;
  grids: Grid[] | undefined;
  buildings: Building[] | undefined;
  error: unknown;
  onRetry: () => void;
  canManage: boolean;
  selectedGridId: string | null;
  onSelectGrid: (gridId: string | null) => void;
}

/** The grids (网格) of a community, with a form to add one; choosing a grid narrows the buildings. */
export function GridsCard(props: GridsCardProps) {
  const { communityId, grids, buildings, error, onRetry, canManage, selectedGridId, onSelectGrid } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ name: string }>();

  const add = useMutation({
    mutationFn: ({ name }: { name: string }) =>
      api.post<Grid>(`/api/communities/${communityId}/grids`, { name: name.trim() }),
    onSuccess: (grid) => {
      void queryClient.invalidateQueries({ queryKey: ['communities'] });
      void message.success(t('regions.community.gridCreated', { name: grid.name }));
      form.resetFields();
    },
    onError: (error) => showServerError({ error, t, message, form, fieldsByCode: { 'grids.duplicate': 'name' } }),
  });

  const countIn = (gridId: string) => buildings?.filter((building) => building.gridId === gridId).length ?? 0;
  const columns: TableColumnsType<Grid> = [
    {
      title: t('regions.community.gridName'),
      dataIndex: 'name',
      render: (name: string, grid) => (
        <Typography.Link
          strong={grid.id === selectedGridId}
          onClick={() => onSelectGrid(grid.id === selectedGridId ? null : grid.id)}
        >
          {name}
        </Typography.Link>
      ),
    },
    {
      title: t('regions.community.buildings'),
      key: 'buildings',
      align: 'right',
      render: (_, grid) => t('regions.community.buildingsInGrid', { count: countIn(grid.id) }),
    },
  ];

  return (
    <Card size="small" title={t('regions.community.grids')}>
      {canManage && (
        <Form name="grid" form={form} onFinish={(values) => add.mutate(values)} style={{ marginBottom: 12 }}>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item
              name="name"
              noStyle
              rules={[{ required: true, whitespace: true, message: t('regions.community.nameRequired') }, { max: 50 }]}
            >
              <Input
                placeholder={t('regions.community.gridNamePlaceholder')}
                aria-label={t('regions.community.gridName')}
                maxLength={50}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={add.isPending}>
              {t('regions.community.addGrid')}
            </Button>
          </Space.Compact>
          <Form.Item shouldUpdate noStyle>
            {() => {
              const errors = form.getFieldError('name');
              return errors.length > 0 ? <Typography.Text type="danger">{errors[0]}</Typography.Text> : null;
            }}
          </Form.Item>
        </Form>
      )}
      {error ? (
        <LoadError error={error} onRetry={onRetry} />
      ) : (
        <ResponsiveTable<Grid>
          rowKey="id"
          columns={columns}
          dataSource={grids}
          loading={!grids}
          pagination={false}
          locale={{
            emptyText: grids ? (
              <EmptyState
                title={t('regions.community.gridsEmpty')}
                description={t('regions.community.gridsEmptyHint')}
              />
            ) : (
              ' '
            ),
          }}
        />
      )}
    </Card>
  );
}
