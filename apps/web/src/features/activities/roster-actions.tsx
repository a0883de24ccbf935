import type { Participation } from '@liandong/domain';
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RosterDecision, useRosterActions } from './use-roster-actions.ts';

interface RosterActionsProps {
  participation: Participation;
  actions: ReturnType<typeof useRosterActions>;
  /** Coordinators (activities.manage) decide requests and cancel; leads check in, mark no-shows and evaluate. */
  canCoordinate: boolean;
  /** Whether the shift has started: a no-show can be marked only then. */
  started: boolean;
  onEvaluate: (participation: Participation) => void;
  /** Phone cards make every button a full-size tap target. */
  large?: boolean;
}

/** The buttons a roster row offers for its state; destructive ones ask first. */
export function RosterActions({
  participation: p,
  actions,
  canCoordinate,
  started,
  onEvaluate,
  large,
}: RosterActionsProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const size = large ? 'middle' : 'small';
  const busy = actions.decide.isPending || actions.check.isPending;
  const decide = (action: RosterDecision) => actions.decide.mutate({ participation: p, action });
  const confirmFirst = (action: 'decline' | 'cancel' | 'no-show') =>
    modal.confirm({
      title: t(`activities.roster.confirm.${action}`, { name: p.volunteerName }),
      content: t(`activities.roster.confirmHint.${action}`),
      okText: t(`activities.roster.actions.${action}`),
      okButtonProps: { danger: true },
      cancelText: t('common.back'),
      onOk: () => actions.decide.mutateAsync({ participation: p, action }).catch(() => undefined),
    });
  const checkedIn = p.checkedInAt !== null;
  const buttons = [];

  if ((p.state === 'requested' || p.state === 'waitlisted') && canCoordinate) {
    buttons.push(
      <Button key="confirm" type="primary" size={size} disabled={busy} onClick={() => decide('confirm')}>
        {t(p.state === 'requested' ? 'activities.roster.actions.confirm' : 'activities.roster.actions.promote')}
      </Button>,
      <Button key="decline" size={size} danger disabled={busy} onClick={() => confirmFirst('decline')}>
        {t('activities.roster.actions.decline')}
      </Button>,
    );
  }
  if (p.state === 'confirmed' && !checkedIn) {
    buttons.push(
      <Button
        key="in"
        type="primary"
        size={size}
        disabled={busy}
        onClick={() => actions.check.mutate({ participation: p, kind: 'in' })}
      >
        {t('activities.roster.actions.checkIn')}
      </Button>,
    );
    if (started)
      buttons.push(
        <Button key="no-show" size={size} danger disabled={busy} onClick={() => confirmFirst('no-show')}>
          {t('activities.roster.actions.no-show')}
        </Button>,
      );
  }
  if (p.state === 'confirmed' && checkedIn)
    buttons.push(
      <Button
        key="out"
        type="primary"
        size={size}
        disabled={busy}
        onClick={() => actions.check.mutate({ participation: p, kind: 'out' })}
      >
        {t('activities.roster.actions.checkOut')}
      </Button>,
    );
  if (checkedIn && (p.state === 'confirmed' || p.state === 'completed'))
    buttons.push(
      <Button key="evaluate" size={size} onClick={() => onEvaluate(p)}>
        {p.evaluation ? t('activities.roster.actions.reevaluate') : t('activities.roster.actions.evaluate')}
      </Button>,
    );
  if (canCoordinate && !checkedIn && ['requested', 'waitlisted', 'confirmed'].includes(p.state))
    buttons.push(
      <Button key="cancel" size={size} type="text" danger disabled={busy} onClick={() => confirmFirst('cancel')}>
        {t('activities.roster.actions.cancel')}
      </Button>,
    );

  if (buttons.length === 0) return null;
  return (
    <Space wrap size={[6, 6]}>
      {buttons}
    </Space>
  );
}
