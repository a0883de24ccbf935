import { DownloadOutlined } from '@ant-design/icons';
import type { VolunteerStats } from '@liandong/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/load-error.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { api } from '../../lib/api.ts';
import { useDownload } from '../service-hours/use-download.ts';
import { StatsCharts } from './stats-charts.tsx';
import { StatsFilters } from './stats-filters.tsx';
import { StatsKpiCards } from './stats-kpi-cards.tsx';
import { useStatsFilters } from './use-stats-filters.ts';

/** 志愿服务统计: an organization subtree over a period, as figures with their definitions, charts and an xlsx. */
export function VolunteerStatsPage() {
  const { t } = useTranslation();
  const filters = useStatsFilters();
  const query = { organizationId: filters.organizationId, from: filters.period.from, to: filters.period.to };
  const stats = useQuery({
    queryKey: ['volunteer-stats', query],
    queryFn: () => api.get<VolunteerStats>('/api/volunteer-stats', query),
    placeholderData: keepPreviousData,
  });
  const exporter = useDownload();
  const data = stats.data;
  const nothingYet =
    data &&
    data.totals.approvedHundredths === 0 &&
    data.totals.pendingHundredths === 0 &&
    Object.values(data.totals.volunteers).every((count) => count === 0);

  return (
    <>
      <PageHeader
        title={t('volunteerStats.title')}
        subtitle={
          data
            ? t('volunteerStats.subtitle', { name: data.organization.name, from: data.period.from, to: data.period.to })
            : t('volunteerStats.subtitleLoading')
        }
        extra={
          <Button
            icon={<DownloadOutlined />}
            loading={exporter.isPending}
            disabled={!data}
            onClick={() =>
              exporter.mutate({ path: '/api/volunteer-stats/export.xlsx', query, fallbackName: 'volunteer-stats.xlsx' })
            }
          >
            {t('volunteerStats.export')}
          </Button>
        }
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <StatsFilters state={filters} />
      </Card>
      {stats.isPending ? (
        <PageLoading />
      ) : stats.isError && !data ? (
        <LoadError error={stats.error} onRetry={() => void stats.refetch()} />
      ) : data ? (
        <Spin spinning={stats.isFetching}>
          {stats.isError && (
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('volunteerStats.stale')} />
          )}
          {nothingYet && (
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('volunteerStats.nothingYet')} />
          )}
          <StatsKpiCards stats={data} />
          <StatsCharts stats={data} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
            {t('volunteerStats.footnote')}
          </Typography.Paragraph>
        </Spin>
      ) : null}
    </>
  );
}
