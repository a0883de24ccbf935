import { formatHours, type HoursTotals } from '@liandong/domain';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** 已认定 and 待审核 in large type, summed over the volunteer's registries (each named below when there are several). */
export function MyHoursTotals({ totals }: { totals: HoursTotals[] }) {
  const { t } = useTranslation();
  const approved = totals.reduce((sum, item) => sum + item.approvedHundredths, 0);
  const pending = totals.reduce((sum, item) => sum + item.pendingHundredths, 0);
  return (
    <Card size="small">
      <Row gutter={12}>
        <Col span={14}>
          <Statistic
            title={t('serviceHours.mine.approved')}
            value={formatHours(approved)}
            suffix={t('serviceHours.unit')}
            styles={{ content: { fontSize: 34, fontWeight: 600, color: '#0f766e' } }}
          />
        </Col>
        <Col span={10}>
          <Statistic
            title={t('serviceHours.mine.pending')}
            value={formatHours(pending)}
            suffix={t('serviceHours.unit')}
            styles={{ content: { fontSize: 24 } }}
          />
        </Col>
      </Row>
      {totals.length > 1 &&
        totals.map((item) => (
          <Typography.Paragraph key={item.registryId} type="secondary" style={{ margin: '8px 0 0', fontSize: 13 }}>
            {t('serviceHours.mine.perRegistry', {
              registry: item.registryName,
              localNo: item.localNo,
              approved: formatHours(item.approvedHundredths),
              pending: formatHours(item.pendingHundredths),
            })}
          </Typography.Paragraph>
        ))}
    </Card>
  );
}
