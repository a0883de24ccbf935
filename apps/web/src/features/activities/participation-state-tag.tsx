import type { CheckFlag, Participation } from '@liandong/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

type Shown = Pick<Participation, 'state' | 'checkedInAt' | 'checkedOutAt' | 'waitlistPosition'>;

/** What a participation looks like to the lead: 已签到 is a confirmed place with a check-in and no check-out yet. */
export function shownStateOf(participation: Shown): string {
  if (participation.state === 'confirmed' && participation.checkedInAt !== null) return 'checked_in';
  return participation.state;
}

const STATE_COLORS: Record<string, string> = {
  requested: 'gold',
  waitlisted: 'purple',
  confirmed: 'blue',
  checked_in: 'cyan',
  completed: 'green',
  no_show: 'red',
  declined: 'default',
  cancelled: 'default',
};

/** 已确认 / 待审核 / 候补 n / 已签到 / 已完成 / 缺席 / 已取消 / 未通过. */
export function ParticipationStateTag({ participation }: { participation: Shown }) {
  const { t } = useTranslation();
  const state = shownStateOf(participation);
  const label =
    state === 'waitlisted' && participation.waitlistPosition !== null
      ? t('activities.participationStates.waitlistedAt', { position: participation.waitlistPosition })
      : t(`activities.participationStates.${state}`);
  return (
    <Tag color={STATE_COLORS[state]} style={{ marginInlineEnd: 0 }}>
      {label}
    </Tag>
  );
}

/** Why a check-in needs a second look (超出签到范围, 无定位, 自动签退, 迟到), in orange; nothing when all is well. */
export function CheckFlagTags({ flags }: { flags: readonly CheckFlag[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      {flags.map((flag) => (
        <Tag key={flag} color="orange" style={{ marginInlineEnd: 0 }}>
          {t(`activities.flags.${flag}`)}
        </Tag>
      ))}
    </span>
  );
}
