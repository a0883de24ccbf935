import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDownload } from '../service-hours/use-download.ts';
import { OrganizationTreeSelect } from '../volunteers/organization-tree-select.tsx';
import { VOLUNTEER_IMPORT_COLUMNS } from './import-contracts.ts';

interface ImportOrganizationStepProps {
  organizationId?: string;
  onChange: (organizationId: string | undefined) => void;
  onNext: () => void;
}

/** 选择组织: where the volunteers are registered, and the template (with that registry's skills and teams). */
export function ImportOrganizationStep({ organizationId, onChange, onNext }: ImportOrganizationStepProps) {
  const { t } = useTranslation();
  const template = useDownload();
  const required = VOLUNTEER_IMPORT_COLUMNS.filter((column) => column.required).map((column) => column.header);
  const optional = VOLUNTEER_IMPORT_COLUMNS.filter((column) => !column.required).map((column) => column.header);
  return (
    <Flex vertical gap={16} style={{ maxWidth: 640 }}>
      <Form layout="vertical">
        <Form.Item
          label={t('volunteerImport.organization.label')}
          extra={t('volunteerImport.organization.hint')}
          htmlFor="importOrganization"
          style={{ marginBottom: 0 }}
        >
          <OrganizationTreeSelect
            id="importOrganization"
            value={organizationId}
            onChange={onChange}
            placeholder={t('volunteerImport.organization.placeholder')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
      <div>
        <Typography.Title level={5}>{t('volunteerImport.template.title')}</Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('volunteerImport.template.required', { columns: required.join('、') })}
          <br />
          {t('volunteerImport.template.optional', { columns: optional.join('、') })}
          <br />
          {t('volunteerImport.template.idAsText')}
        </Typography.Paragraph>
        <Button
          icon={<DownloadOutlined />}
          loading={template.isPending}
          onClick={() =>
            template.mutate({
              path: '/api/volunteer-imports/template.xlsx',
              query: { organizationId },
              fallbackName: '志愿者导入模板.xlsx',
            })
          }
        >
          {t('volunteerImport.template.download')}
        </Button>
      </div>
      <div>
        <Button type="primary" disabled={!organizationId} onClick={onNext}>
          {t('volunteerImport.organization.next')}
        </Button>
      </div>
    </Flex>
  );
}
