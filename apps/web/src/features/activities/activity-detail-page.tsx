import { EditOutlined, StopOutlined } from '@ant-design/icons';
import type { ActivityDetail } from '@liandong/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { RecordLoadState } from '../../components/record-load-state.tsx';
import { api } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { useCan } from '../../lib/use-session.ts';
import { useOrganizationTree } from '../organizations/use-organization-tree.ts';
import { ActivityFormDrawer } from './activity-form-drawer.tsx';
import { ActivityInfoCard } from './activity-info-card.tsx';
import { ActivityStatusTag, ActivityTypeTag, RiskTag } from './activity-tags.tsx';
import { InsuranceSection } from './insurance-section.tsx';
import { ShiftsSection } from './shifts-section.tsx';

/** The activity with its own query key, shared by the detail page and anything that changes it. */
export const activityQueryKey = (id: string) => ['activities', id] as const;

/** One activity: its particulars, its insurance and its shifts with their rosters. */
export function ActivityDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const nodes = useOrganizationTree().data?.items ?? [];
  const activity = useQuery({
    queryKey: activityQueryKey(id),
    queryFn: () => api.get<ActivityDetail>(`/api/activities/${id}`),
  });
  const cancel = useMutation({
    mutationFn: () => api.post<ActivityDetail>(`/api/activities/${id}/cancel`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['activities'] });
      void message.success(t('activities.cancelled'));
    },
    onError: (error) => void message.error(errorText(t, error)),
  });

  if (!activity.isSuccess) {
    return (
      <RecordLoadState
        query={activity}
        notFound={{
          title: t('activities.detail.notFoundTitle'),
          text: t('activities.detail.notFoundText'),
          backTo: '/activities',
          backLabel: t('activities.detail.backToList'),
        }}
      />
    );
  }

  const data = activity.data;
  const canManage = can('activities.manage');
  const editable = canManage && data.status === 'published';
  // Volunteers are searched in the activity's registry when the user can see it, else wherever they can.
  const volunteerScopeId = nodes.some((node) => node.id === data.registry?.id) ? data.registry?.id : undefined;
  const confirmCancel = () =>
    modal.confirm({
      title: t('activities.cancelConfirm', { title: data.title }),
      content: t('activities.cancelHint'),
      okText: t('activities.cancel'),
      okButtonProps: { danger: true },
      cancelText: t('common.back'),
      onOk: () => cancel.mutateAsync().catch(() => undefined),
    });

  return (
    <>
      <PageHeader
        backTo="/activities"
        title={data.title}
        subtitle={
          <Space size={4} wrap>
            <ActivityTypeTag type={data.type} />
            <RiskTag level={data.riskLevel} />
            <ActivityStatusTag status={data.status} />
          </Space>
        }
        extra={
          editable && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
              <Button danger icon={<StopOutlined />} onClick={confirmCancel}>
                {t('activities.cancel')}
              </Button>
            </>
          )
        }
      />
      <div style={{ display: 'grid', gap: 16 }}>
        <ActivityInfoCard activity={data} />
        <InsuranceSection activity={data} canManage={canManage} volunteerScopeId={volunteerScopeId} />
        <ShiftsSection activity={data} canManage={canManage} volunteerScopeId={volunteerScopeId} />
      </div>
      <ActivityFormDrawer open={editing} activity={data} onClose={() => setEditing(false)} />
    </>
  );
}
