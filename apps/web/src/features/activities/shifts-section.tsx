import { PlusOutlined } from '@ant-design/icons';
import type { ActivityDetail, Shift } from '@liandong/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { api } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { useRegistrySettings } from '../volunteers/use-registry-settings.ts';
import { ShiftFormDrawer } from './shift-form-drawer.tsx';
import { ShiftRow } from './shift-row.tsx';

interface ShiftsSectionProps {
  activity: ActivityDetail;
  canManage: boolean;
  volunteerScopeId?: string;
}

/** 岗位: the activity's shifts with their counts and rosters; 新增岗位 for those who manage it. */
export function ShiftsSection({ activity, canManage, volunteerScopeId }: ShiftsSectionProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const skills = useRegistrySettings(activity.organization.id).data?.settings.skills ?? [];
  const [drawer, setDrawer] = useState<{ shift?: Shift } | null>(null);
  const editable = canManage && activity.status === 'published';

  const cancel = useMutation({
    mutationFn: (shift: Shift) => api.post(`/api/shifts/${shift.id}/cancel`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['activities'] });
      void message.success(t('activities.shiftCancelled'));
    },
    onError: (error) => void message.error(errorText(t, error)),
  });
  const confirmCancel = (shift: Shift) =>
    modal.confirm({
      title: t('activities.cancelShiftConfirm', { role: shift.role }),
      content: t('activities.cancelShiftHint'),
      okText: t('activities.cancelShift'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => cancel.mutateAsync(shift).catch(() => undefined),
    });

  const add = editable && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({})}>
      {t('activities.addShift')}
    </Button>
  );

  return (
    <Card title={t('activities.shiftsTitle', { count: activity.shifts.length })} size="small" extra={add}>
      {activity.shifts.length === 0 ? (
        <EmptyState title={t('activities.noShifts')} description={t('activities.noShiftsHint')} action={add} />
      ) : (
        <div style={{ display: 'grid', gap: 8 }}>
          {activity.shifts.map((shift) => (
            <ShiftRow
              key={shift.id}
              shift={shift}
              skills={skills}
              onEdit={editable ? () => setDrawer({ shift }) : undefined}
              onCancel={editable ? () => confirmCancel(shift) : undefined}
            />
          ))}
        </div>
      )}
      <ShiftFormDrawer
        open={drawer !== null}
        onClose={() => setDrawer(null)}
        activity={activity}
        shift={drawer?.shift}
        volunteerScopeId={volunteerScopeId}
      />
    </Card>
  );
}
