import type { Certificate, CertificateIssue } from '@liandong/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Grid, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DrawerActions } from '../../components/drawer-actions.tsx';
import { api } from '../../lib/api.ts';
import { showServerError } from '../../lib/form-errors.ts';
import { useSession } from '../../lib/use-session.ts';
import { todayInShanghai } from '../activities/shanghai-time.ts';
import { PeriodFields } from './period-fields.tsx';
import { defaultPeriod } from './period-values.ts';

const FIELDS_BY_CODE = { 'certificates.no_hours': 'periodTo', 'certificates.period': 'periodTo' };

export interface IssueCertificateDrawerProps {
  open: boolean;
  onClose: () => void;
  volunteerId: string;
  volunteerName: string;
  onIssued?: (certificate: Certificate) => void;
}

/**
 * 开具证明: a 志愿服务记录证明 of one volunteer's approved hours over a period, signed by the organization's 负责人
 * and its 经办人. For the volunteer profile page; it needs certificates.issue.
 */
export function IssueCertificateDrawer({ open, onClose, ...rest }: IssueCertificateDrawerProps) {
  const { t } = useTranslation();
  const isPhone = !Grid.useBreakpoint().md;
  return (
    <Drawer
      open={open}
      onClose={onClose}
      destroyOnHidden
      size={isPhone ? '100%' : 480}
      title={t('certificates.issueTitle')}
    >
      {open && <IssueForm onClose={onClose} {...rest} />}
    </Drawer>
  );
}

function IssueForm({ onClose, volunteerId, volunteerName, onIssued }: Omit<IssueCertificateDrawerProps, 'open'>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const session = useSession().data;
  const [form] = Form.useForm<CertificateIssue>();
  const today = todayInShanghai();
  const issue = useMutation({
    mutationFn: (values: CertificateIssue) =>
      api.post<Certificate>(`/api/volunteers/${volunteerId}/certificates`, values),
    onSuccess: (certificate) => {
      void queryClient.invalidateQueries({ queryKey: ['certificates'] });
      void message.success(t('certificates.issued', { number: certificate.number }));
      onIssued?.(certificate);
      onClose();
    },
    onError: (error) => showServerError({ error, t, message, form, fieldsByCode: FIELDS_BY_CODE }),
  });

  return (
    <Form<CertificateIssue>
      form={form}
      name="issueCertificate"
      layout="vertical"
      initialValues={{ ...defaultPeriod(today), handlerName: session?.user.displayName }}
      onFinish={(values) => issue.mutate(values)}
    >
      <Typography.Paragraph type="secondary">
        {t('certificates.issueIntro', { name: volunteerName })}
      </Typography.Paragraph>
      <PeriodFields today={today} />
      <Form.Item
        name="personInCharge"
        label={t('certificates.form.personInCharge')}
        extra={t('certificates.form.personInChargeHint')}
        rules={[{ required: true, whitespace: true, message: t('certificates.form.personInChargeRequired') }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        name="handlerName"
        label={t('certificates.form.handlerName')}
        rules={[{ required: true, whitespace: true, message: t('certificates.form.handlerNameRequired') }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="handlerContact" label={t('certificates.form.handlerContact')}>
        <Input maxLength={60} placeholder={t('certificates.form.handlerContactPlaceholder')} />
      </Form.Item>
      <DrawerActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={issue.isPending}>
          {t('certificates.issue')}
        </Button>
      </DrawerActions>
    </Form>
  );
}
