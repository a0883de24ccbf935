import type { ActivityDetail, InsurancePolicyDetail } from '@liandong/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, Drawer, Form, Grid, Input, InputNumber, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { DrawerActions } from '../../components/drawer-actions.tsx';
import { api } from '../../lib/api.ts';
import { showServerError } from '../../lib/form-errors.ts';
import { formatDate } from '../../lib/format-time.ts';
import { OrganizationTreeSelect } from '../volunteers/organization-tree-select.tsx';
import { VolunteerSelect } from './volunteer-select.tsx';

interface PolicyValues {
  organizationId: string;
  insurer: string;
  policyNo: string;
  coverageFrom: string;
  coverageTo: string;
  sumInsuredYuan?: number | null;
  coversAllVolunteers: boolean;
  volunteerIds?: string[];
}

const FIELDS_BY_CODE = {
  'insurance.duplicate': 'policyNo',
  'insurance.period': 'coverageTo',
  'insurance.not_covering': 'coverageTo',
};

interface InsuranceFormDrawerProps {
  open: boolean;
  onClose: () => void;
  activity: ActivityDetail;
  volunteerScopeId?: string;
}

/** 新建保单: records an accident insurance policy and attaches it to the activity in one go. */
export function InsuranceFormDrawer({ open, onClose, activity, volunteerScopeId }: InsuranceFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isPhone = !Grid.useBreakpoint().md;
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PolicyValues>();
  const coversAll = Form.useWatch('coversAllVolunteers', form);

  const save = useMutation({
    mutationFn: async ({ sumInsuredYuan, volunteerIds, ...values }: PolicyValues) => {
      const policy = await api.post<InsurancePolicyDetail>('/api/insurance-policies', {
        ...values,
        insurer: values.insurer.trim(),
        policyNo: values.policyNo.trim(),
        sumInsuredFen: typeof sumInsuredYuan === 'number' ? Math.round(sumInsuredYuan * 100) : null,
        volunteerIds: values.coversAllVolunteers ? [] : (volunteerIds ?? []),
      });
      await api.post(`/api/activities/${activity.id}/insurance`, { policyId: policy.id });
      return policy;
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['activities'] });
      void queryClient.invalidateQueries({ queryKey: ['insurance-policies'] });
      void message.success(t('activities.insurance.created'));
      onClose();
    },
    onError: (error) => {
      // The policy may have been saved and only the attachment refused: the list is worth reloading either way.
      void queryClient.invalidateQueries({ queryKey: ['insurance-policies'] });
      showServerError({ error, t, message, form, fieldsByCode: FIELDS_BY_CODE });
    },
  });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      destroyOnHidden
      size={isPhone ? '100%' : 520}
      title={t('activities.insurance.createTitle')}
    >
      <Form<PolicyValues>
        name="insurance"
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          organizationId: activity.organization.id,
          coverageFrom: formatDate(activity.startsAt),
          coverageTo: formatDate(activity.endsAt),
          coversAllVolunteers: true,
          volunteerIds: [],
        }}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item name="organizationId" label={t('activities.insurance.holder')} rules={[{ required: true }]}>
          <OrganizationTreeSelect />
        </Form.Item>
        <Form.Item
          name="insurer"
          label={t('activities.insurance.insurer')}
          rules={[
            { required: true, whitespace: true, message: t('activities.insurance.insurerRequired') },
            { max: 100 },
          ]}
        >
          <Input placeholder={t('activities.insurance.insurerPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="policyNo"
          label={t('activities.insurance.policyNo')}
          rules={[
            { required: true, whitespace: true, message: t('activities.insurance.policyNoRequired') },
            { max: 60 },
          ]}
        >
          <Input />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="coverageFrom" label={t('activities.insurance.coverageFrom')} rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="coverageTo" label={t('activities.insurance.coverageTo')} rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="sumInsuredYuan" label={t('activities.insurance.sumInsured')}>
          <InputNumber min={0} step={10_000} suffix={t('activities.insurance.yuan')} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="coversAllVolunteers"
          label={t('activities.insurance.coversAllLabel')}
          valuePropName="checked"
          extra={t('activities.insurance.coversAllHint')}
        >
          <Switch />
        </Form.Item>
        {!coversAll && (
          <Form.Item name="volunteerIds" label={t('activities.insurance.insuredVolunteers')}>
            <VolunteerSelect mode="multiple" organizationId={volunteerScopeId} />
          </Form.Item>
        )}
        <DrawerActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('activities.insurance.createAndAttach')}
          </Button>
        </DrawerActions>
      </Form>
    </Drawer>
  );
}
