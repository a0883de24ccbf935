import { CheckCircleFilled, ClockCircleFilled, HourglassFilled } from '@ant-design/icons';
import type { OpenShift, Participation } from '@liandong/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatTimeRange } from '../activities/shanghai-time.ts';

interface SignupSheetProps {
  shift: OpenShift | null;
  onClose: () => void;
}

/** The sheet that rises from the bottom before 报名 is sent, and then says what came of it. */
export function SignupSheet({ shift, onClose }: SignupSheetProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const signUp = useMutation({
    mutationFn: (target: OpenShift) =>
      api.post<Participation>(`/api/shifts/${target.id}/signups`, { volunteerId: target.volunteerId }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
  const close = () => {
    signUp.reset();
    onClose();
  };
  const result = signUp.data;

  return (
    <Drawer
      open={shift !== null}
      onClose={close}
      placement="bottom"
      size="auto"
      title={result ? null : t('myVolunteering.signup.title')}
      styles={{ body: { paddingBottom: 24 } }}
    >
      {shift && result ? (
        <Result
          icon={
            result.state === 'confirmed' ? (
              <CheckCircleFilled style={{ color: '#16a34a' }} />
            ) : result.state === 'waitlisted' ? (
              <HourglassFilled style={{ color: '#7c3aed' }} />
            ) : (
              <ClockCircleFilled style={{ color: '#d97706' }} />
            )
          }
          title={
            result.state === 'waitlisted'
              ? t('myVolunteering.signup.waitlisted', { position: result.waitlistPosition ?? '?' })
              : t(`myVolunteering.signup.${result.state === 'confirmed' ? 'confirmed' : 'requested'}`)
          }
          subTitle={t(
            `myVolunteering.signup.${result.state === 'confirmed' ? 'confirmedHint' : result.state === 'waitlisted' ? 'waitlistedHint' : 'requestedHint'}`,
          )}
          extra={
            <Button type="primary" size="large" onClick={close}>
              {t('myVolunteering.signup.done')}
            </Button>
          }
        />
      ) : (
        shift && (
          <div style={{ display: 'grid', gap: 16 }}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'activity', label: t('myVolunteering.signup.activity'), children: shift.activity.title },
                { key: 'role', label: t('myVolunteering.signup.role'), children: shift.role },
                {
                  key: 'time',
                  label: t('myVolunteering.signup.time'),
                  children: formatTimeRange(shift.startsAt, shift.endsAt),
                },
                {
                  key: 'place',
                  label: t('myVolunteering.signup.place'),
                  children: shift.activity.place?.address ?? '—',
                },
                {
                  key: 'organizer',
                  label: t('myVolunteering.signup.organizer'),
                  children: shift.activity.organization.name,
                },
                ...(shift.description
                  ? [{ key: 'description', label: t('myVolunteering.signup.description'), children: shift.description }]
                  : []),
              ]}
            />
            {shift.signupFlow === 'approve' && (
              <Alert type="info" showIcon title={t('myVolunteering.signup.approveNote')} />
            )}
            {shift.seatsLeft <= 0 && <Alert type="warning" showIcon title={t('myVolunteering.signup.waitlistNote')} />}
            {signUp.isError && <Alert type="error" showIcon title={errorText(t, signUp.error)} />}
            <Button
              type="primary"
              size="large"
              block
              loading={signUp.isPending}
              onClick={() => signUp.mutate(shift)}
              style={{ height: 52 }}
            >
              {t('myVolunteering.signup.confirm')}
            </Button>
            <Button size="large" block onClick={close}>
              {t('common.cancel')}
            </Button>
          </div>
        )
      )}
    </Drawer>
  );
}
