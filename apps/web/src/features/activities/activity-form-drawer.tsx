import type { ActivityDetail } from '@liandong/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import { DrawerActions } from '../../components/drawer-actions.tsx';
import { ApiError, api } from '../../lib/api.ts';
import { showServerError } from '../../lib/form-errors.ts';
import { useSession } from '../../lib/use-session.ts';
import { ActivityFormFields } from './activity-form-fields.tsx';
import { type ActivityFormValues, createBodyOf, formValuesOf, updateBodyOf } from './activity-form-values.ts';

// Codes that concern one field, shown beside it as well as in the toast.
const FIELDS_BY_CODE = {
  'activities.lead_not_found': 'leadUserId',
  'activities.time_range': 'endsAt',
  'organizations.not_found': 'organizationId',
  'activities.co_organizer_not_found': 'coOrganizers',
};

/** The server names place fields under body.place.*; the form keeps them flat. */
function flattenPlace(error: unknown): unknown {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return error;
  const details = error.details.map((detail: { path?: unknown }) =>
    typeof detail?.path === 'string' ? { ...detail, path: detail.path.replace(/^body\.place\./, 'body.') } : detail,
  );
  return new ApiError(error.status, error.code, details);
}

interface ActivityFormDrawerProps {
  open: boolean;
  onClose: () => void;
  /** Editing this activity; without it the drawer creates one. */
  activity?: ActivityDetail;
  onSaved?: (activity: ActivityDetail) => void;
}

/** 新建活动 / 编辑活动 in a side drawer (full width on a phone). */
export function ActivityFormDrawer({ open, onClose, activity, onSaved }: ActivityFormDrawerProps) {
  const { t } = useTranslation();
  const isPhone = !Grid.useBreakpoint().md;
  return (
    <Drawer
      open={open}
      onClose={onClose}
      destroyOnHidden
      size={isPhone ? '100%' : 600}
      title={activity ? t('activities.form.editTitle') : t('activities.form.createTitle')}
    >
      {open && <ActivityForm activity={activity} onClose={onClose} onSaved={onSaved} />}
    </Drawer>
  );
}

function ActivityForm({ activity, onClose, onSaved }: Omit<ActivityFormDrawerProps, 'open'>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const session = useSession().data;
  const [form] = Form.useForm<ActivityFormValues>();

  const save = useMutation({
    mutationFn: (values: ActivityFormValues) =>
      activity
        ? api.patch<ActivityDetail>(`/api/activities/${activity.id}`, updateBodyOf(values))
        : api.post<ActivityDetail>('/api/activities', createBodyOf(values)),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ['activities'] });
      void message.success(activity ? t('activities.updated') : t('activities.created', { title: saved.title }));
      onSaved?.(saved);
      onClose();
    },
    onError: (error) => showServerError({ error: flattenPlace(error), t, message, form, fieldsByCode: FIELDS_BY_CODE }),
  });

  const initialValues: Partial<ActivityFormValues> = activity
    ? formValuesOf(activity)
    : {
        type: 'community_activity',
        riskLevel: 'low',
        coOrganizers: [],
        organizationId: session?.actingOrganizationId ?? undefined,
        leadUserId: session?.user.id,
      };

  return (
    <Form<ActivityFormValues>
      name="activity"
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => save.mutate(values)}
      scrollToFirstError
    >
      <ActivityFormFields form={form} editing={activity ? { lead: activity.lead } : undefined} />
      <DrawerActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {activity ? t('common.save') : t('activities.create')}
        </Button>
      </DrawerActions>
    </Form>
  );
}
