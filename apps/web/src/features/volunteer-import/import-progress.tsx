import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Progress, Result, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../lib/api.ts';
import type { VolunteerImport } from './import-contracts.ts';
import { percentOf } from './import-percent.ts';
import { ImportProblemsTable } from './import-problems-table.tsx';

const POLL_MS = 1000;

interface ImportProgressProps {
  started: VolunteerImport;
  onAgain: () => void;
}

/** The import running in the background: a progress bar polled every second, then the result. */
export function ImportProgress({ started, onAgain }: ImportProgressProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const poll = useQuery({
    queryKey: ['volunteer-imports', started.id],
    queryFn: () => api.get<VolunteerImport>(`/api/volunteer-imports/${started.id}`),
    initialData: started,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? POLL_MS : false),
  });
  const current = poll.data;
  const finished = current.status === 'done' || current.status === 'failed';
  useEffect(() => {
    // The registry changed: the volunteer list and statistics must not show the old counts.
    if (finished)
      for (const key of ['volunteers', 'volunteer-stats']) void queryClient.invalidateQueries({ queryKey: [key] });
  }, [finished, queryClient]);

  if (current.status === 'done') {
    return (
      <Result
        status="success"
        title={t('volunteerImport.result.doneTitle', { count: current.importedRows })}
        subTitle={t('volunteerImport.result.doneText', { registry: current.registry.name })}
        extra={[
          <Link key="list" to={`/volunteers?org=${current.organization.id}`}>
            <Button type="primary">{t('volunteerImport.result.toList')}</Button>
          </Link>,
          <Button key="again" onClick={onAgain}>
            {t('volunteerImport.result.again')}
          </Button>,
        ]}
      />
    );
  }
  if (current.status === 'failed') {
    return (
      <Flex vertical gap={16}>
        <Result
          status="error"
          title={t('volunteerImport.result.failedTitle')}
          subTitle={t(`errors.${current.errorCode ?? 'http.internal'}`, { defaultValue: t('errors.http.internal') })}
          extra={<Button onClick={onAgain}>{t('volunteerImport.result.again')}</Button>}
        />
        {current.problems.length > 0 && <ImportProblemsTable problems={current.problems} />}
      </Flex>
    );
  }
  return (
    <Flex vertical align="center" gap={12} style={{ padding: '32px 0' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('volunteerImport.result.running')}
      </Typography.Title>
      <Progress type="circle" percent={percentOf(current)} aria-label={t('volunteerImport.result.progressLabel')} />
      <Typography.Text type="secondary">
        {t('volunteerImport.result.progress', { done: current.processedRows, total: current.totalRows })}
      </Typography.Text>
      <Typography.Text type="secondary">{t('volunteerImport.result.runningHint')}</Typography.Text>
    </Flex>
  );
}
