import type { VolunteerStats } from '@liandong/domain';
import { Card, Col, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { StatsChart } from './stats-chart.tsx';
import { activityTypesOption, monthsOption, unitRows, unitsOption } from './stats-chart-options.ts';

const emptyNote = { color: '#8c8c8c', margin: '24px 0', textAlign: 'center' } as const;

/** The three charts: by month, by station and team, by activity type. They stack in one column on a phone. */
export function StatsCharts({ stats }: { stats: VolunteerStats }) {
  const { t, i18n } = useTranslation();
  // Built once per answer: a new option object would make every chart redraw on each render.
  const charts = useMemo(() => {
    const months = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en' : 'zh-CN', {
      month: 'short',
      timeZone: 'UTC',
    });
    const names = {
      hours: t('volunteerStats.charts.hours'),
      personTimes: t('volunteerStats.charts.personTimes'),
      monthName: (month: number) => months.format(Date.UTC(2000, month - 1, 1)),
    };
    const rows = unitRows(stats.units, {
      name: t('volunteerStats.charts.direct', { name: stats.organization.name }),
      approvedHundredths: stats.direct.approvedHundredths,
      personTimes: stats.direct.personTimes,
    });
    return {
      months: monthsOption(stats.months, names),
      unitCount: rows.length,
      units: unitsOption(rows, names),
      types: activityTypesOption(
        stats.activityTypes,
        (type) => (type ? t(`activities.types.${type}`) : t('volunteerStats.charts.noActivity')),
        names.hours,
      ),
      hasTypeHours: stats.activityTypes.some((type) => type.approvedHundredths > 0),
    };
  }, [stats, t, i18n.language]);

  return (
    <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
      <Col span={24}>
        <Card size="small" title={t('volunteerStats.charts.byMonth')}>
          <StatsChart option={charts.months} height={300} label={t('volunteerStats.charts.byMonth')} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('volunteerStats.charts.byUnit')} style={{ height: '100%' }}>
          {charts.unitCount > 0 ? (
            <StatsChart
              option={charts.units}
              height={Math.max(220, charts.unitCount * 44 + 60)}
              label={t('volunteerStats.charts.byUnit')}
            />
          ) : (
            <p style={emptyNote}>{t('volunteerStats.charts.noUnits')}</p>
          )}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('volunteerStats.charts.byType')} style={{ height: '100%' }}>
          {charts.hasTypeHours ? (
            <StatsChart option={charts.types} height={320} label={t('volunteerStats.charts.byType')} />
          ) : (
            <p style={emptyNote}>{t('volunteerStats.charts.noHours')}</p>
          )}
        </Card>
      </Col>
    </Row>
  );
}
