import { AimOutlined } from '@ant-design/icons';
import type { MyVolunteer, OpenShift } from '@liandong/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Segmented, Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { api } from '../../lib/api.ts';
import { todayInShanghai } from '../activities/shanghai-time.ts';
import { readLocation } from '../checkin/read-location.ts';
import { OpenShiftCard } from './open-shift-card.tsx';
import { DATE_CHIPS, type DateChip, dateRangeOf, nearOf } from './open-shift-filters.ts';
import { SignupSheet } from './signup-sheet.tsx';

/** 可报名: the open shifts of the volunteer's teams and federation, by day, by skill, nearest first if allowed. */
export function OpenShiftsSection({ volunteers }: { volunteers: MyVolunteer[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [chip, setChip] = useState<DateChip>('week');
  const [skill, setSkill] = useState<string>();
  const [near, setNear] = useState<string>();
  const [locating, setLocating] = useState(false);
  const [signingUp, setSigningUp] = useState<OpenShift | null>(null);
  const range = dateRangeOf(chip, todayInShanghai());
  const shifts = useQuery({
    queryKey: ['me', 'open-shifts', { ...range, skill, near }],
    queryFn: () => api.get<{ items: OpenShift[] }>('/api/me/open-shifts', { ...range, skill, near }),
    placeholderData: keepPreviousData,
  });
  // Skill names come with the volunteer's own record: the filter offers the skills they have.
  const skills = [...new Map(volunteers.flatMap((v) => v.skills).map((s) => [s.code, s])).values()];
  const active = volunteers.some((volunteer) => volunteer.status === 'active');

  const toggleNear = async () => {
    if (near) {
      setNear(undefined);
      return;
    }
    setLocating(true);
    const here = await readLocation(5000);
    setLocating(false);
    if (here) setNear(nearOf(here));
    else void message.warning(t('myVolunteering.open.locationDenied'));
  };

  return (
    <div style={{ display: 'grid', gap: 12 }}>
      {!active && <Alert type="info" showIcon title={t('myVolunteering.open.notActive')} />}
      <Segmented<DateChip>
        block
        value={chip}
        onChange={setChip}
        options={DATE_CHIPS.map((value) => ({ value, label: t(`myVolunteering.open.dates.${value}`) }))}
      />
      <Flex gap={8}>
        <Select
          allowClear
          value={skill}
          onChange={setSkill}
          placeholder={t('myVolunteering.open.anySkill')}
          aria-label={t('myVolunteering.open.anySkill')}
          options={skills.map((item) => ({ value: item.code, label: item.name }))}
          notFoundContent={t('myVolunteering.open.noSkills')}
          style={{ flex: 1, minWidth: 0 }}
        />
        <Button
          icon={<AimOutlined />}
          type={near ? 'primary' : 'default'}
          loading={locating}
          onClick={() => void toggleNear()}
          aria-pressed={Boolean(near)}
        >
          {t('myVolunteering.open.nearMe')}
        </Button>
      </Flex>
      {shifts.isPending ? (
        <Spin style={{ display: 'block', padding: 24 }} />
      ) : shifts.isError ? (
        <LoadError error={shifts.error} onRetry={() => void shifts.refetch()} />
      ) : shifts.data.items.length === 0 ? (
        <EmptyState
          title={t('myVolunteering.open.empty')}
          description={
            chip === 'all' && !skill ? t('myVolunteering.open.emptyHint') : t('myVolunteering.open.emptyFiltered')
          }
          action={
            (chip !== 'all' || skill) && (
              <Button
                onClick={() => {
                  setChip('all');
                  setSkill(undefined);
                }}
              >
                {t('myVolunteering.open.showAll')}
              </Button>
            )
          }
        />
      ) : (
        <div style={{ display: 'grid', gap: 10, opacity: shifts.isFetching ? 0.6 : 1 }}>
          {shifts.data.items.map((shift) => (
            <OpenShiftCard key={shift.id} shift={shift} onSignUp={setSigningUp} />
          ))}
        </div>
      )}
      <SignupSheet shift={signingUp} onClose={() => setSigningUp(null)} />
    </div>
  );
}
