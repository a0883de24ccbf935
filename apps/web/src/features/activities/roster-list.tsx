import type { Participation } from '@liandong/domain';
import { type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { EvaluationStars } from './evaluation-stars.tsx';
import { CheckFlagTags, ParticipationStateTag } from './participation-state-tag.tsx';
import { RosterActions } from './roster-actions.tsx';
import { formatClock } from './shanghai-time.ts';
import type { useRosterActions } from './use-roster-actions.ts';

export interface RosterListProps {
  items: Participation[];
  actions: ReturnType<typeof useRosterActions>;
  canCoordinate: boolean;
  started: boolean;
  onEvaluate: (participation: Participation) => void;
  isPhone: boolean;
}

const clock = (ms: number | null) => (ms === null ? '—' : formatClock(ms));

function Volunteer({ participation }: { participation: Participation }) {
  return (
    <div style={{ minWidth: 120 }}>
      <Typography.Text strong>{participation.volunteerName}</Typography.Text>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {participation.volunteerLocalNo} · {participation.volunteerPhoneMasked}
      </Typography.Text>
    </div>
  );
}

/** The roster: a table on a desktop, one card per volunteer on a phone, with the actions each state allows. */
export function RosterList({ items, actions, canCoordinate, started, onEvaluate, isPhone }: RosterListProps) {
  const { t } = useTranslation();
  const actionsOf = (participation: Participation) => (
    <RosterActions
      participation={participation}
      actions={actions}
      canCoordinate={canCoordinate}
      started={started}
      onEvaluate={onEvaluate}
      large={isPhone}
    />
  );

  if (isPhone)
    return (
      <div style={{ display: 'grid', gap: 8 }}>
        {items.map((participation) => (
          <div
            key={participation.id}
            style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: '12px 14px', background: '#fff' }}
          >
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'flex-start' }}>
              <Volunteer participation={participation} />
              <ParticipationStateTag participation={participation} />
            </div>
            {(participation.checkedInAt !== null || participation.flags.length > 0) && (
              <div style={{ margin: '6px 0', display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
                <Typography.Text type="secondary">
                  {t('activities.roster.inOut', {
                    in: clock(participation.checkedInAt),
                    out: clock(participation.checkedOutAt),
                  })}
                </Typography.Text>
                <CheckFlagTags flags={participation.flags} />
              </div>
            )}
            <EvaluationStars evaluation={participation.evaluation} />
            <div style={{ marginTop: 8 }}>{actionsOf(participation)}</div>
          </div>
        ))}
      </div>
    );

  const columns: TableColumnsType<Participation> = [
    { title: t('activities.roster.volunteer'), key: 'volunteer', render: (_, p) => <Volunteer participation={p} /> },
    {
      title: t('activities.roster.state'),
      key: 'state',
      render: (_, p) => <ParticipationStateTag participation={p} />,
    },
    { title: t('activities.roster.checkedInAt'), key: 'in', render: (_, p) => clock(p.checkedInAt) },
    { title: t('activities.roster.checkedOutAt'), key: 'out', render: (_, p) => clock(p.checkedOutAt) },
    { title: t('activities.roster.flags'), key: 'flags', render: (_, p) => <CheckFlagTags flags={p.flags} /> },
    {
      title: t('activities.roster.evaluation'),
      key: 'evaluation',
      render: (_, p) => <EvaluationStars evaluation={p.evaluation} />,
    },
    { title: t('common.actions'), key: 'actions', render: (_, p) => actionsOf(p) },
  ];
  return <ResponsiveTable<Participation> rowKey="id" columns={columns} dataSource={items} pagination={false} />;
}
