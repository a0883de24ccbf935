import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { formatHours } from '@liandong/domain';
import { Alert, App, Button, Grid, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeclineModal } from './decline-modal.tsx';
import { useHoursDecision } from './use-hours-decision.ts';
import type { HoursSelection } from './use-hours-selection.ts';

/** "已选 N 条，合计 x 小时 · 批量通过 · 批量退回", each behind a confirmation. */
export function HoursDecisionBar({ selection }: { selection: HoursSelection }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const isPhone = !Grid.useBreakpoint().md;
  const [declining, setDeclining] = useState(false);
  const decide = useHoursDecision(() => {
    setDeclining(false);
    selection.clear();
  });
  const count = selection.ids.length;
  if (count === 0) return null;

  const approve = () =>
    modal.confirm({
      title: t('serviceHours.bulk.approveTitle', { count }),
      content: t('serviceHours.bulk.approveText', { hours: formatHours(selection.totalHundredths) }),
      okText: t('serviceHours.bulk.approve'),
      onOk: () => decide.mutateAsync({ ids: selection.ids, decision: 'approve' }).catch(() => undefined),
    });

  const actions = (
    <Space wrap>
      <Button size="small" onClick={selection.clear}>
        {t('serviceHours.bulk.clear')}
      </Button>
      <Button size="small" danger icon={<RollbackOutlined />} onClick={() => setDeclining(true)}>
        {t('serviceHours.bulk.decline')}
      </Button>
      <Button size="small" type="primary" icon={<CheckOutlined />} loading={decide.isPending} onClick={approve}>
        {t('serviceHours.bulk.approve')}
      </Button>
    </Space>
  );

  return (
    <>
      <Alert
        type="info"
        style={{ marginBottom: 12 }}
        title={t('serviceHours.bulk.selected', { count, hours: formatHours(selection.totalHundredths) })}
        // On a phone the buttons go beneath the count rather than squeezing it into a column.
        {...(isPhone ? { description: actions } : { action: actions })}
      />
      <DeclineModal
        open={declining}
        count={count}
        pending={decide.isPending}
        onCancel={() => setDeclining(false)}
        onDecline={(note) => decide.mutate({ ids: selection.ids, decision: 'decline', note })}
      />
    </>
  );
}
