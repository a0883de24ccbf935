import type { LegalStatus, OrganizationKind } from '@liandong/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

// Kinds that work side by side get distinct hues; red stays reserved for errors.
const KIND_COLORS: Record<OrganizationKind, string> = {
  social_work_agency: 'cyan',
  university_team: 'geekblue',
  community_org: 'green',
  volunteer_federation: 'volcano',
  service_station: 'orange',
  volunteer_team: 'gold',
  hub_org: 'magenta',
  government: 'purple',
  evaluator: 'blue',
  enterprise: 'lime',
  other: 'default',
};

const LEGAL_STATUS_COLORS: Record<LegalStatus, string> = {
  none: 'default',
  filed: 'processing',
  registered: 'success',
};

export function OrganizationKindTag({ kind }: { kind: OrganizationKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={KIND_COLORS[kind]} variant="outlined" title={t(`organizations.kinds.${kind}`)}>
      {t(`organizations.kindsShort.${kind}`)}
    </Tag>
  );
}

export function LegalStatusTag({ status }: { status: LegalStatus }) {
  const { t } = useTranslation();
  return <Tag color={LEGAL_STATUS_COLORS[status]}>{t(`organizations.legalStatuses.${status}`)}</Tag>;
}
