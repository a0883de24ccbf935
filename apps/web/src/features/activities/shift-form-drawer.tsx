import type { ActivityDetail, Shift, ShiftDetail } from '@liandong/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import { DrawerActions } from '../../components/drawer-actions.tsx';
import { api } from '../../lib/api.ts';
import { showServerError } from '../../lib/form-errors.ts';
import { ShiftFormFields } from './shift-form-fields.tsx';
import { newShiftValues, type ShiftFormValues, shiftBodyOf, shiftFormValuesOf } from './shift-form-values.ts';

const FIELDS_BY_CODE = {
  'shifts.time_range': 'endsAt',
  'shifts.capacity_below_confirmed': 'capacity',
  'shifts.lead_volunteer_not_found': 'leadVolunteerId',
  'volunteers.skill_unknown': 'requiredSkills',
};

interface ShiftFormDrawerProps {
  open: boolean;
  onClose: () => void;
  activity: ActivityDetail;
  /** Editing this shift; without it the drawer adds one. */
  shift?: Shift;
  /** Where team leads are searched. */
  volunteerScopeId?: string;
}

/** 新增岗位 / 编辑岗位 in a side drawer. */
export function ShiftFormDrawer({ open, onClose, activity, shift, volunteerScopeId }: ShiftFormDrawerProps) {
  const { t } = useTranslation();
  const isPhone = !Grid.useBreakpoint().md;
  return (
    <Drawer
      open={open}
      onClose={onClose}
      destroyOnHidden
      size={isPhone ? '100%' : 560}
      title={shift ? t('activities.shiftForm.editTitle') : t('activities.shiftForm.createTitle')}
    >
      {open && <ShiftForm activity={activity} shift={shift} onClose={onClose} volunteerScopeId={volunteerScopeId} />}
    </Drawer>
  );
}

function ShiftForm({ activity, shift, onClose, volunteerScopeId }: Omit<ShiftFormDrawerProps, 'open'>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ShiftFormValues>();
  const save = useMutation({
    mutationFn: (values: ShiftFormValues) =>
      shift
        ? api.patch<ShiftDetail>(`/api/shifts/${shift.id}`, shiftBodyOf(values))
        : api.post<ShiftDetail>(`/api/activities/${activity.id}/shifts`, shiftBodyOf(values)),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ['activities'] });
      void queryClient.invalidateQueries({ queryKey: ['shifts', saved.id] });
      void message.success(shift ? t('activities.shiftUpdated') : t('activities.shiftCreated', { role: saved.role }));
      onClose();
    },
    onError: (error) => showServerError({ error, t, message, form, fieldsByCode: FIELDS_BY_CODE }),
  });

  return (
    <Form<ShiftFormValues>
      name="shift"
      form={form}
      layout="vertical"
      initialValues={shift ? shiftFormValuesOf(shift) : newShiftValues(activity)}
      onFinish={(values) => save.mutate(values)}
      scrollToFirstError
    >
      <ShiftFormFields
        organizationId={activity.organization.id}
        volunteerScopeId={volunteerScopeId}
        leadVolunteer={shift?.leadVolunteer}
      />
      <DrawerActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {shift ? t('common.save') : t('activities.addShift')}
        </Button>
      </DrawerActions>
    </Form>
  );
}
