import type { HoursEntryDetail } from '@liandong/domain';
import { formatHours } from '@liandong/domain';
import { Space, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-time.ts';
import { HoursAmount } from './hours-amount.tsx';
import { HoursStatusTag } from './hours-status-tag.tsx';

const COLORS = { original: 'green', correction: 'blue', void: 'red' } as const;

/**
 * The correction chain: the original record, then each correction and void in the order recorded (declined ones
 * too), and what the record credits now. Nothing in the ledger is overwritten, so this is its whole history.
 */
export function HoursChain({ detail, currentId }: { detail: HoursEntryDetail; currentId: string }) {
  const { t } = useTranslation();
  const { chain, net } = detail;
  if (chain.length <= 1) return null;
  return (
    <div style={{ marginTop: 20 }}>
      <Typography.Title level={5}>{t('serviceHours.chain.title')}</Typography.Title>
      <Timeline
        items={chain.map((entry) => ({
          key: entry.id,
          color: COLORS[entry.kind],
          content: (
            <div style={{ fontWeight: entry.id === currentId ? 600 : undefined }}>
              <Space size={6} wrap>
                <span>{t(`serviceHours.kinds.${entry.kind}`)}</span>
                <HoursAmount hundredths={entry.creditedHundredths} signed={entry.kind !== 'original'} />
                <HoursStatusTag status={entry.status} />
              </Space>
              {entry.kind !== 'original' && entry.content && (
                <Typography.Paragraph style={{ margin: '2px 0 0' }}>
                  {t('serviceHours.chain.reason', { reason: entry.content })}
                </Typography.Paragraph>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('serviceHours.chain.by', {
                  name: entry.recorderName ?? '—',
                  time: formatDateTime(entry.recordedAt).slice(0, 16),
                })}
              </Typography.Text>
            </div>
          ),
        }))}
      />
      <Typography.Text>
        {t('serviceHours.chain.net', {
          approved: formatHours(net.approvedHundredths),
          pending: formatHours(net.pendingHundredths),
        })}
      </Typography.Text>
    </div>
  );
}
