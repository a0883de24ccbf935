import { formatHours, type MyStars } from '@liandong/domain';
import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Progress, Rate, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { starProgressOf } from './star-progress.ts';

/** 星级: the star held in each registry, one being applied for, and how many hours remain to the next level. */
export function MyStarsCard() {
  const { t } = useTranslation();
  const stars = useQuery({ queryKey: ['me', 'stars'], queryFn: () => api.get<MyStars>('/api/me/stars') });
  // The card is a bonus on the page: while loading, failing or empty it stays out of the way.
  if (!stars.isSuccess || stars.data.items.length === 0) return null;
  const several = stars.data.items.length > 1;
  return (
    <Card size="small" title={t('serviceHours.stars.title')}>
      <Flex vertical gap={16}>
        {stars.data.items.map((standing) => {
          const progress = starProgressOf(standing);
          const next = standing.nextThreshold;
          return (
            <div key={standing.registryId}>
              {several && <Typography.Text type="secondary">{standing.registry.name}</Typography.Text>}
              <Flex align="center" gap={8} wrap>
                <Rate
                  disabled
                  count={5}
                  value={progress.grantedLevel}
                  style={{ fontSize: 22 }}
                  aria-label={t('serviceHours.stars.held', { count: progress.grantedLevel })}
                />
                <Typography.Text strong>
                  {progress.grantedLevel > 0
                    ? t('serviceHours.stars.held', { count: progress.grantedLevel })
                    : t('serviceHours.stars.none')}
                </Typography.Text>
                {progress.openAward && (
                  <Tag color="blue">
                    {t(`serviceHours.stars.open.${progress.openAward.state}`, { count: progress.openAward.level })}
                  </Tag>
                )}
              </Flex>
              {standing.eligibleLevel > progress.grantedLevel && !progress.openAward && (
                <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                  {t('serviceHours.stars.eligible', { count: standing.eligibleLevel })}
                </Typography.Paragraph>
              )}
              {next ? (
                <>
                  <Progress percent={progress.percent} showInfo={false} strokeColor="#faad14" />
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {progress.hundredthsToGo > 0
                      ? t('serviceHours.stars.toNext', {
                          count: next.level,
                          hours: formatHours(progress.hundredthsToGo),
                          threshold: next.hours,
                        })
                      : t('serviceHours.stars.monthsToNext', { count: next.level, months: next.minMonths })}
                  </Typography.Text>
                </>
              ) : (
                <Typography.Text type="secondary">{t('serviceHours.stars.top')}</Typography.Text>
              )}
            </div>
          );
        })}
      </Flex>
    </Card>
  );
}
