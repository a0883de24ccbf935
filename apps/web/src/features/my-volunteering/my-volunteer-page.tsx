import { ClockCircleOutlined, RightOutlined } from '@ant-design/icons';
import { formatHours } from '@liandong/domain';
import { Button, Card, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/empty-state.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { LedShiftsSection } from './led-shifts-section.tsx';
import { MyParticipationsSection } from './my-participations-section.tsx';
import { OpenShiftsSection } from './open-shifts-section.tsx';
import { useMyVolunteers } from './use-my-volunteers.ts';
import { useVolunteerCards } from './use-volunteer-cards.ts';
import { VolunteerStatusCard } from './volunteer-status-card.tsx';

const TABS = ['open', 'mine', 'hours'] as const;
type Tab = (typeof TABS)[number];

/** 我的志愿: the volunteer's status and personal code, shifts to sign up for, their own sign-ups and hours. */
export function MyVolunteerPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const volunteers = useMyVolunteers();
  const records = volunteers.data?.items ?? [];
  const cards = useVolunteerCards(records.length > 0);
  const tabParam = params.get('tab') as Tab | null;
  const tab: Tab = tabParam && TABS.includes(tabParam) ? tabParam : 'open';

  if (volunteers.isPending) return <PageLoading />;
  if (volunteers.isError) return <LoadError error={volunteers.error} onRetry={() => void volunteers.refetch()} />;

  const header = <PageHeader title={t('myVolunteering.title')} subtitle={t('myVolunteering.subtitle')} />;
  if (records.length === 0)
    return (
      <>
        {header}
        <Card>
          <EmptyState title={t('myVolunteering.none.title')} description={t('myVolunteering.none.text')} />
        </Card>
      </>
    );

  const totalHundredths = records.reduce((sum, volunteer) => sum + volunteer.approvedHundredths, 0);
  return (
    <div style={{ maxWidth: 720, margin: '0 auto' }}>
      {header}
      <div style={{ display: 'grid', gap: 16 }}>
        {records.map((volunteer) => (
          <VolunteerStatusCard
            key={volunteer.id}
            volunteer={volunteer}
            cardToken={cards.data?.items.find((card) => card.volunteerId === volunteer.id)?.token}
          />
        ))}
        <LedShiftsSection volunteers={records} />
        <Segmented<Tab>
          block
          size="large"
          value={tab}
          onChange={(next) => setParams(next === 'open' ? {} : { tab: next }, { replace: true })}
          options={TABS.map((value) => ({ value, label: t(`myVolunteering.tabs.${value}`) }))}
        />
        {tab === 'open' && <OpenShiftsSection volunteers={records} />}
        {tab === 'mine' && <MyParticipationsSection />}
        {tab === 'hours' && (
          <Card>
            <div style={{ display: 'grid', gap: 12, justifyItems: 'center', textAlign: 'center' }}>
              <ClockCircleOutlined style={{ fontSize: 40, color: '#0f766e' }} aria-hidden />
              <Typography.Text style={{ fontSize: 18 }}>
                {t('myVolunteering.hours.approved', { hours: formatHours(totalHundredths) })}
              </Typography.Text>
              <Typography.Text type="secondary">{t('myVolunteering.hours.hint')}</Typography.Text>
              <Link to="/me/hours">
                <Button type="primary" size="large" icon={<RightOutlined />} iconPlacement="end">
                  {t('myVolunteering.hours.open')}
                </Button>
              </Link>
            </div>
          </Card>
        )}
      </div>
    </div>
  );
}
