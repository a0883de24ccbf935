import type { VolunteerProfile } from '@liandong/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import { DrawerActions } from '../../components/drawer-actions.tsx';
import { api } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { setFieldErrors } from '../../lib/form-errors.ts';
import { formatDate } from '../../lib/format-time.ts';
import { useSession } from '../../lib/use-session.ts';
import { useOrganizationTree } from '../organizations/use-organization-tree.ts';
import { AlreadyRegisteredAlert } from './already-registered-alert.tsx';
import { VOLUNTEER_UNIT_KINDS } from './registry-roots.ts';
import { existingVolunteerOf, volunteerFormErrors } from './volunteer-errors.ts';
import { VolunteerFormFields } from './volunteer-form-fields.tsx';
import { createBodyOf, formValuesOf, updateBodyOf, type VolunteerFormValues } from './volunteer-form-values.ts';

interface VolunteerFormDrawerProps {
  open: boolean;
  onClose: () => void;
  /** Editing this volunteer; without it the drawer registers a new one. */
  profile?: VolunteerProfile;
  /** The organization preselected for a new volunteer (the list's filter). */
  defaultOrganizationId?: string;
  onSaved?: (id: string) => void;
}

/** 登记志愿者 (or 编辑 a profile) in a side drawer, full width on a phone. */
export function VolunteerFormDrawer({
  open,
  onClose,
  profile,
  defaultOrganizationId,
  onSaved,
}: VolunteerFormDrawerProps) {
  const { t } = useTranslation();
  const isPhone = !Grid.useBreakpoint().md;
  return (
    <Drawer
      open={open}
      onClose={onClose}
      destroyOnHidden
      size={isPhone ? '100%' : 560}
      title={profile ? t('volunteers.form.editTitle') : t('volunteers.form.createTitle')}
    >
      {open && (
        <DrawerForm
          profile={profile}
          defaultOrganizationId={defaultOrganizationId}
          onClose={onClose}
          onSaved={onSaved}
        />
      )}
    </Drawer>
  );
}

function DrawerForm({ profile, defaultOrganizationId, onClose, onSaved }: Omit<VolunteerFormDrawerProps, 'open'>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<VolunteerFormValues>();
  const session = useSession().data;
  const nodes = useOrganizationTree().data?.items ?? [];
  const today = formatDate(Date.now());

  const save = useMutation({
    mutationFn: async (values: VolunteerFormValues) => {
      if (!profile) return (await api.post<{ id: string }>('/api/volunteers', createBodyOf(values))).id;
      await api.patch(`/api/volunteers/${profile.id}`, updateBodyOf(values, profile));
      return profile.id;
    },
    onSuccess: (id, values) => {
      void queryClient.invalidateQueries({ queryKey: ['volunteers'] });
      void message.success(
        profile ? t('volunteers.form.updated') : t('volunteers.form.created', { name: values.name.trim() }),
      );
      onSaved?.(id);
      onClose();
    },
    onError: (error) => {
      const fields = volunteerFormErrors(t, error);
      if (fields.length > 0) setFieldErrors(form, fields);
      // A duplicate gets its own notice above the form, with the way to the existing record.
      if (!existingVolunteerOf(error)) void message.error(errorText(t, error));
    },
  });

  // A new volunteer joins the list's organization, else the acting one when volunteers can belong to it.
  const unit = (id: string | null | undefined) =>
    nodes.some((node) => node.id === id && VOLUNTEER_UNIT_KINDS.includes(node.kind)) ? (id ?? undefined) : undefined;
  const initialValues: Partial<VolunteerFormValues> = profile
    ? formValuesOf(profile)
    : {
        idType: 'resident_id',
        skills: [],
        withAccount: false,
        homeOrganizationId: unit(defaultOrganizationId) ?? unit(session?.actingOrganizationId),
      };

  return (
    <Form<VolunteerFormValues>
      name="volunteer"
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => save.mutate(values)}
      onValuesChange={() => save.error && save.reset()}
      scrollToFirstError
    >
      <AlreadyRegisteredAlert error={save.error} />
      <VolunteerFormFields form={form} today={today} profile={profile} />
      <DrawerActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {profile ? t('common.save') : t('volunteers.form.submit')}
        </Button>
      </DrawerActions>
    </Form>
  );
}
