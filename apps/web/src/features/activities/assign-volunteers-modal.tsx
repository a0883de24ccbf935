import type { ActivityDetail, Participation } from '@liandong/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { useOrganizationTree } from '../organizations/use-organization-tree.ts';
import { rosterQueryKey } from './use-roster.ts';
import { VolunteerSelect } from './volunteer-select.tsx';

interface AssignVolunteersModalProps {
  open: boolean;
  onClose: () => void;
  shiftId: string;
  activityId: string;
}

/** 指派志愿者: the coordinator places volunteers on the shift directly, all or none. */
export function AssignVolunteersModal({ open, onClose, shiftId, activityId }: AssignVolunteersModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [ids, setIds] = useState<string[]>([]);
  const [labels, setLabels] = useState<Map<string, string>>(new Map());
  const [problem, setProblem] = useState<string | null>(null);
  // Volunteers are searched in the activity's registry when the user can see it; the server refuses any other.
  const activity = useQuery({
    queryKey: ['activities', activityId],
    queryFn: () => api.get<ActivityDetail>(`/api/activities/${activityId}`),
    enabled: open,
  });
  const nodes = useOrganizationTree().data?.items ?? [];
  const registryId = activity.data?.registry?.id;
  const organizationId = nodes.some((node) => node.id === registryId) ? registryId : undefined;

  const assign = useMutation({
    mutationFn: () => api.post<{ items: Participation[] }>(`/api/shifts/${shiftId}/assignments`, { volunteerIds: ids }),
    onSuccess: ({ items }) => {
      void queryClient.invalidateQueries({ queryKey: rosterQueryKey(shiftId) });
      void queryClient.invalidateQueries({ queryKey: ['activities'] });
      void message.success(t('activities.roster.assigned', { count: items.length }));
      setIds([]);
      setProblem(null);
      onClose();
    },
    onError: (error) => {
      // The server names the volunteer a refusal is about, so the coordinator knows whom to take off the list.
      const volunteerId =
        error instanceof ApiError ? (error.details as { volunteerId?: string } | undefined)?.volunteerId : undefined;
      const name = volunteerId ? labels.get(volunteerId) : undefined;
      setProblem(
        name ? t('activities.roster.assignProblem', { name, reason: errorText(t, error) }) : errorText(t, error),
      );
    },
  });

  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t('activities.roster.assignTitle')}
      okText={t('activities.roster.assign')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: ids.length === 0, loading: assign.isPending }}
      onOk={() => assign.mutate()}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('activities.roster.assignLabel')} extra={t('activities.roster.assignHint')}>
          <VolunteerSelect
            mode="multiple"
            organizationId={organizationId}
            value={ids}
            onChange={(next, options) => {
              setIds(Array.isArray(next) ? next : next ? [next] : []);
              setLabels(new Map([...labels, ...options.map((option) => [option.value, option.label] as const)]));
              setProblem(null);
            }}
          />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} />}
    </Modal>
  );
}
