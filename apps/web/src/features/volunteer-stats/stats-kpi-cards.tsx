import { formatHours, type VolunteerStats } from '@liandong/domain';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Kpi {
  key: string;
  title: string;
  value: string;
  suffix?: string;
  /** One line saying what the figure counts, so a funder's question can be answered from the page. */
  note: ReactNode;
}

/** The headline figures of the subtree and period, each with its one-line definition. */
export function StatsKpiCards({ stats }: { stats: VolunteerStats }) {
  const { t } = useTranslation();
  const figures = stats.totals;
  const registered = figures.registeredByPeriodEnd;
  const registeredTotal = registered.prospective + registered.active + registered.suspended + registered.exited;
  const divisors = [...new Set(stats.fteDivisors.map((divisor) => divisor.hoursDivisor))];
  const hours = t('volunteerStats.units.hours');
  const people = t('volunteerStats.units.people');
  const kpis: Kpi[] = [
    {
      key: 'registered',
      title: t('volunteerStats.kpi.registered'),
      value: String(registeredTotal),
      suffix: people,
      note: t('volunteerStats.notes.registered', { ...registered, added: figures.newRegistrations }),
    },
    {
      key: 'active',
      title: t('volunteerStats.kpi.active'),
      value: String(figures.activeVolunteers),
      suffix: people,
      note: t('volunteerStats.notes.active'),
    },
    {
      key: 'activities',
      title: t('volunteerStats.kpi.activities'),
      value: String(figures.activities),
      suffix: t('volunteerStats.units.activities'),
      note: t('volunteerStats.notes.activities'),
    },
    {
      key: 'personTimes',
      title: t('volunteerStats.kpi.personTimes'),
      value: String(figures.personTimes),
      suffix: t('volunteerStats.units.personTimes'),
      note: t('volunteerStats.notes.personTimes'),
    },
    {
      key: 'approved',
      title: t('volunteerStats.kpi.approved'),
      value: formatHours(figures.approvedHundredths),
      suffix: hours,
      note: t('volunteerStats.notes.approved'),
    },
    {
      key: 'average',
      title: t('volunteerStats.kpi.average'),
      value: figures.averageHundredthsPerVolunteer === null ? '—' : formatHours(figures.averageHundredthsPerVolunteer),
      suffix: figures.averageHundredthsPerVolunteer === null ? undefined : hours,
      note: t('volunteerStats.notes.average'),
    },
    {
      key: 'fte',
      title: t('volunteerStats.kpi.fte'),
      value: formatHours(figures.fteHundredths),
      suffix: t('volunteerStats.units.fte'),
      note:
        divisors.length === 1
          ? t('volunteerStats.notes.fte', { divisor: (divisors[0] ?? 2080).toLocaleString('en') })
          : t('volunteerStats.notes.fteMixed'),
    },
    {
      key: 'noShow',
      title: t('volunteerStats.kpi.noShowRate'),
      value: figures.noShowRate === null ? '—' : (figures.noShowRate * 100).toFixed(1),
      suffix: figures.noShowRate === null ? undefined : '%',
      note: t('volunteerStats.notes.noShowRate', { count: figures.noShows }),
    },
    {
      key: 'pending',
      title: t('volunteerStats.kpi.pending'),
      value: formatHours(figures.pendingHundredths),
      suffix: hours,
      note: t('volunteerStats.notes.pending'),
    },
  ];
  return (
    <Row gutter={[12, 12]}>
      {kpis.map((kpi) => (
        <Col key={kpi.key} xs={12} md={8} xl={8} xxl={6}>
          <Card size="small" style={{ height: '100%' }} data-kpi={kpi.key}>
            <Statistic title={kpi.title} value={kpi.value} suffix={kpi.suffix} styles={{ content: { fontSize: 26 } }} />
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 12, lineHeight: 1.5 }}>
              {kpi.note}
            </Typography.Paragraph>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
