import { PlusOutlined } from '@ant-design/icons';
import type { Building, Grid } from '@liandong/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Input, Select, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { api } from '../../lib/api.ts';
import { showServerError } from '../../lib/form-errors.ts';
import { formatDate } from '../../lib/format-time.ts';

interface BuildingsCardProps {
  communityId: string;
  buildings: Building[] | undefined;
  grids: Grid[];
  error: unknown;
  onRetry: () => void;
  canManage: boolean;
  gridId: string | null;
  onClearGrid: () => void;
}

interface BuildingValues {
  name: string;
  gridId?: string | null;
}

/** The buildings (楼栋) of a community, optionally within a grid, with a form to add one. */
export function BuildingsCard(props: BuildingsCardProps) {
  const { communityId, buildings, grids, error, onRetry, canManage, gridId, onClearGrid } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<BuildingValues>();
  const gridName = (id: string | null) => grids.find((grid) => grid.id === id)?.name;
  const shown = gridId ? buildings?.filter((building) => building.gridId === gridId) : buildings;

  const add = useMutation({
    mutationFn: (values: BuildingValues) =>
      api.post<Building>(`/api/communities/${communityId}/buildings`, {
        name: values.name.trim(),
        gridId: values.gridId ?? null,
      }),
    onSuccess: (building) => {
      void queryClient.invalidateQueries({ queryKey: ['communities'] });
      void message.success(t('regions.community.buildingCreated', { name: building.name }));
      // Buildings are often added one after another in the same grid: keep the grid, clear the name.
      form.resetFields(['name']);
    },
    onError: (error) =>
      showServerError({
        error,
        t,
        message,
        form,
        fieldsByCode: { 'buildings.duplicate': 'name', 'grids.not_found': 'gridId' },
      }),
  });

  const columns: TableColumnsType<Building> = [
    { title: t('regions.community.buildingName'), dataIndex: 'name' },
    {
      title: t('regions.community.buildingGrid'),
      dataIndex: 'gridId',
      render: (id: string | null) => gridName(id) ?? '—',
    },
    { title: t('organizations.fields.createdAt'), dataIndex: 'createdAt', render: (ms: number) => formatDate(ms) },
  ];

  return (
    <Card
      size="small"
      title={t('regions.community.buildings')}
      extra={
        gridId && (
          <Tag closable onClose={onClearGrid} color="cyan">
            {gridName(gridId)}
          </Tag>
        )
      }
    >
      {canManage && (
        <Form<BuildingValues>
          name="building"
          form={form}
          layout="vertical"
          initialValues={{ gridId }}
          key={gridId ?? 'all'}
          onFinish={(values) => add.mutate(values)}
          style={{ marginBottom: 12 }}
        >
          <Flex gap={8} wrap align="flex-end">
            <Form.Item
              name="name"
              label={t('regions.community.buildingName')}
              rules={[{ required: true, whitespace: true, message: t('regions.community.nameRequired') }, { max: 50 }]}
              style={{ flex: '1 1 160px', marginBottom: 0 }}
            >
              <Input placeholder={t('regions.community.buildingNamePlaceholder')} maxLength={50} />
            </Form.Item>
            <Form.Item
              name="gridId"
              label={t('regions.community.buildingGrid')}
              style={{ flex: '1 1 160px', marginBottom: 0 }}
            >
              <Select
                allowClear
                placeholder={t('regions.community.buildingGridNone')}
                options={grids.map((grid) => ({ value: grid.id, label: grid.name }))}
                disabled={grids.length === 0}
              />
            </Form.Item>
            <Form.Item style={{ marginBottom: 0 }}>
              <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={add.isPending}>
                {t('regions.community.addBuilding')}
              </Button>
            </Form.Item>
          </Flex>
        </Form>
      )}
      {error ? (
        <LoadError error={error} onRetry={onRetry} />
      ) : (
        <ResponsiveTable<Building>
          rowKey="id"
          columns={columns}
          dataSource={shown}
          loading={!buildings}
          pagination={(shown?.length ?? 0) > 50 ? { pageSize: 50 } : false}
          locale={{
            emptyText: buildings ? (
              <EmptyState
                title={t('regions.community.buildingsEmpty')}
                description={t('regions.community.buildingsEmptyHint')}
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
