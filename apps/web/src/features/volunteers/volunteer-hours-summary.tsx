import { eligibleStarLevel, formatHours, monthsBetween, type VolunteerProfile } from '@liandong/domain';
import { Card, Col, Rate, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format-time.ts';
import { useRegistrySettings } from './use-registry-settings.ts';

/**
 * 服务时长: approved and pending hours, and the star level the approved hours reach under the registry's thresholds.
 * That is eligibility only; a star is granted by the federation after application and publicity.
 */
export function VolunteerHoursSummary({ profile }: { profile: VolunteerProfile }) {
  const { t } = useTranslation();
  const thresholds = useRegistrySettings(profile.registry.id).data?.settings.starThresholds;
  const today = formatDate(Date.now());
  const stars = thresholds
    ? eligibleStarLevel(
        profile.hours.approvedHundredths,
        monthsBetween(formatDate(profile.registeredAt), today),
        thresholds,
      )
    : null;
  const next = thresholds?.find((threshold) => threshold.level === (stars ?? 0) + 1);
  const toNext = next ? Math.max(0, Math.round(next.hours * 100) - profile.hours.approvedHundredths) : 0;

  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      <Col xs={12} md={8}>
        <Card size="small">
          <Statistic
            title={t('volunteers.hours.approved')}
            value={formatHours(profile.hours.approvedHundredths)}
            suffix={t('volunteers.hours.unit')}
          />
        </Card>
      </Col>
      <Col xs={12} md={8}>
        <Card size="small">
          <Statistic
            title={t('volunteers.hours.pending')}
            value={formatHours(profile.hours.pendingHundredths)}
            suffix={t('volunteers.hours.unit')}
          />
        </Card>
      </Col>
      <Col xs={24} md={8}>
        <Card size="small" style={{ height: '100%' }}>
          <Typography.Text type="secondary">{t('volunteers.hours.stars')}</Typography.Text>
          <div style={{ marginTop: 4 }}>
            {stars === null ? (
              '—'
            ) : (
              <>
                <Rate
                  disabled
                  count={5}
                  value={stars}
                  style={{ fontSize: 18 }}
                  aria-label={t('volunteers.hours.starsValue', { count: stars })}
                />
                {next && toNext > 0 && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {t('volunteers.hours.toNext', { level: next.level, hours: formatHours(toNext) })}
                  </Typography.Text>
                )}
              </>
            )}
          </div>
        </Card>
      </Col>
    </Row>
  );
}
