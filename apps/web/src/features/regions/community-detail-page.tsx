import { EditOutlined } from '@ant-design/icons';
import type { Building, Community, Grid } from '@liandong/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { RecordLoadState } from '../../components/record-load-state.tsx';
import { api } from '../../lib/api.ts';
import { useCan } from '../../lib/use-session.ts';
import { BuildingsCard } from './buildings-card.tsx';
import { CommunityFormModal } from './community-form-modal.tsx';
import { CommunityTypeTag } from './community-type-tag.tsx';
import { GridsCard } from './grids-card.tsx';

/** One community or village: what it is, its grids and its buildings. */
export function CommunityDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const canManage = useCan()('regions.manage');
  const [editing, setEditing] = useState(false);
  const [gridId, setGridId] = useState<string | null>(null);

  const community = useQuery({
    queryKey: ['communities', id],
    queryFn: () => api.get<Community>(`/api/communities/${id}`),
  });
  const found = community.isSuccess;
  const grids = useQuery({
    queryKey: ['communities', id, 'grids'],
    queryFn: () => api.get<{ items: Grid[] }>(`/api/communities/${id}/grids`),
    enabled: found,
  });
  const buildings = useQuery({
    queryKey: ['communities', id, 'buildings'],
    queryFn: () => api.get<{ items: Building[] }>(`/api/communities/${id}/buildings`),
    enabled: found,
  });

  if (!community.isSuccess) {
    return (
      <RecordLoadState
        query={community}
        notFound={{
          title: t('regions.community.notFoundTitle'),
          text: t('regions.community.notFoundText'),
          backTo: '/regions',
          backLabel: t('regions.community.back'),
        }}
      />
    );
  }

  const c = community.data;
  return (
    <>
      <PageHeader
        backTo="/regions"
        title={c.name}
        subtitle={
          <Space size={4} wrap>
            <CommunityTypeTag type={c.type} />
            <Typography.Text type="secondary">{c.streetName}</Typography.Text>
          </Space>
        }
        extra={
          canManage && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )
        }
      />
      <Card size="small" title={t('regions.community.info')} style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, md: 3 }}
          items={[
            { key: 'street', label: t('regions.communities.street'), children: c.streetName },
            { key: 'type', label: t('regions.communities.type'), children: <CommunityTypeTag type={c.type} /> },
            { key: 'code', label: t('regions.communities.code'), children: c.code ?? '—' },
            { key: 'grids', label: t('regions.communities.gridCount'), children: c.gridCount },
            { key: 'buildings', label: t('regions.communities.buildingCount'), children: c.buildingCount },
            {
              key: 'description',
              label: t('regions.communities.description'),
              span: 'filled',
              children: c.description ? (
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                  {c.description}
                </Typography.Paragraph>
              ) : (
                '—'
              ),
            },
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <GridsCard
            communityId={c.id}
            grids={grids.data?.items}
            buildings={buildings.data?.items}
            error={grids.error}
            onRetry={() => void grids.refetch()}
            canManage={canManage}
            selectedGridId={gridId}
            onSelectGrid={setGridId}
          />
        </Col>
        <Col xs={24} lg={14}>
          <BuildingsCard
            communityId={c.id}
            buildings={buildings.data?.items}
            grids={grids.data?.items ?? []}
            error={buildings.error}
            onRetry={() => void buildings.refetch()}
            canManage={canManage}
            gridId={gridId}
            onClearGrid={() => setGridId(null)}
          />
        </Col>
      </Row>
      {canManage && <CommunityFormModal open={editing} community={c} onClose={() => setEditing(false)} />}
    </>
  );
}
