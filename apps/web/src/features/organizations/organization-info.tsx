import type { Organization } from '@liandong/domain';
import { Descriptions, type DescriptionsProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format-time.ts';
import { LegalStatusTag, OrganizationKindTag } from './organization-tags.tsx';
import { useOrganizationTree } from './use-organization-tree.ts';

/** An organization's recorded details, read-only. */
export function OrganizationInfo({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const nodes = useOrganizationTree().data?.items ?? [];
  const parent = nodes.find((node) => node.id === organization.parentId);
  const dash = (value: string | number | null) => (value === null || value === '' ? '—' : value);

  const items: DescriptionsProps['items'] = [
    { key: 'shortName', label: t('organizations.fields.shortName'), children: dash(organization.shortName) },
    { key: 'kind', label: t('organizations.fields.kind'), children: <OrganizationKindTag kind={organization.kind} /> },
    {
      key: 'parent',
      label: t('organizations.fields.parent'),
      children: parent ? (
        <Link to={`/organizations/${parent.id}`}>{parent.name}</Link>
      ) : organization.parentId ? (
        <Typography.Text type="secondary">{t('organizations.detail.parentOutside')}</Typography.Text>
      ) : (
        <Typography.Text type="secondary">{t('organizations.detail.root')}</Typography.Text>
      ),
    },
    {
      key: 'legalStatus',
      label: t('organizations.fields.legalStatus'),
      children: <LegalStatusTag status={organization.legalStatus} />,
    },
    {
      key: 'uscc',
      label: t('organizations.fields.uscc'),
      children: organization.uscc ? <Typography.Text copyable>{organization.uscc}</Typography.Text> : '—',
    },
    { key: 'region', label: t('organizations.fields.region'), children: dash(organization.regionName) },
    { key: 'community', label: t('organizations.fields.community'), children: dash(organization.communityName) },
    { key: 'address', label: t('organizations.fields.address'), children: dash(organization.address) },
    { key: 'contactName', label: t('organizations.fields.contactName'), children: dash(organization.contactName) },
    { key: 'contactPhone', label: t('organizations.fields.contactPhone'), children: dash(organization.contactPhone) },
    { key: 'members', label: t('organizations.fields.members'), children: organization.memberCount },
    { key: 'children', label: t('organizations.fields.children'), children: organization.childCount },
    { key: 'createdAt', label: t('organizations.fields.createdAt'), children: formatDateTime(organization.createdAt) },
    {
      key: 'description',
      label: t('organizations.fields.description'),
      span: 'filled',
      children: organization.description ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {organization.description}
        </Typography.Paragraph>
      ) : (
        '—'
      ),
    },
  ];

  return <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} items={items} />;
}
