import { FormOutlined } from '@ant-design/icons';
import type { MyHours } from '@liandong/domain';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { api } from '../../lib/api.ts';
import { MyCertificatesSection } from '../certificates/my-certificates-section.tsx';
import { useMyVolunteers } from '../my-volunteering/use-my-volunteers.ts';
import { MyHoursList } from './my-hours-list.tsx';
import { MyHoursTotals } from './my-hours-totals.tsx';
import { MyStarsCard } from './my-stars-card.tsx';
import { SelfReportDrawer } from './self-report-drawer.tsx';

const PAGE_SIZE = 20;

/** 我的服务时长 (phone first): totals, stars, each entry as a card, 申报时长, and 我的证明. */
export function MyHoursPage() {
  const { t } = useTranslation();
  const records = useMyVolunteers();
  const [reporting, setReporting] = useState(false);
  const hours = useInfiniteQuery({
    queryKey: ['me', 'service-hours'],
    queryFn: ({ pageParam }) => api.get<MyHours>('/api/me/service-hours', { page: pageParam, pageSize: PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });

  const header = <PageHeader title={t('serviceHours.mine.title')} backTo="/me/volunteer" />;
  if (records.isPending) return <PageLoading />;
  if (records.isError) return <LoadError error={records.error} onRetry={() => void records.refetch()} />;
  if (records.data.items.length === 0) {
    return (
      <>
        {header}
        <EmptyState title={t('serviceHours.mine.notVolunteer')} description={t('serviceHours.mine.notVolunteerHint')} />
      </>
    );
  }
  const active = records.data.items.filter((record) => record.status === 'active');

  return (
    <div style={{ maxWidth: 640, margin: '0 auto' }}>
      {header}
      <Flex vertical gap={16}>
        {hours.data && <MyHoursTotals totals={hours.data.pages[0]?.totals ?? []} />}
        {active.length > 0 ? (
          <Button type="primary" size="large" block icon={<FormOutlined />} onClick={() => setReporting(true)}>
            {t('serviceHours.selfReport.button')}
          </Button>
        ) : (
          <Alert type="info" showIcon title={t('serviceHours.selfReport.notActive')} />
        )}
        <MyStarsCard />
        <div>
          <Typography.Title level={5}>{t('serviceHours.mine.entries')}</Typography.Title>
          <MyHoursList query={hours} />
        </div>
        <MyCertificatesSection records={records.data.items} />
      </Flex>
      <SelfReportDrawer open={reporting} onClose={() => setReporting(false)} records={active} />
    </div>
  );
}
