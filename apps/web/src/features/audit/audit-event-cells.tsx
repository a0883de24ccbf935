import type { AuditEvent } from '@liandong/domain';
import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { actionLabelKey, entityTypeLabelKey } from './audit-labels.ts';

/** An action by its label, or its raw name when this version does not know it. */
export function AuditActionText({ action }: { action: string }) {
  const { t } = useTranslation();
  const key = actionLabelKey(action);
  return key ? (
    <Tooltip title={action}>
      <span>{t(key)}</span>
    </Tooltip>
  ) : (
    <Typography.Text code>{action}</Typography.Text>
  );
}

/** The record an event concerns: its type, and the end of its id (the whole id on hover). */
export function AuditEntityText({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const key = entityTypeLabelKey(event.entityType);
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {key ? t(key) : event.entityType}
      {event.entityId && (
        <Tooltip title={event.entityId}>
          <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
            #{event.entityId.slice(-6)}
          </Typography.Text>
        </Tooltip>
      )}
    </span>
  );
}

export function AuditUserText({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  return event.userDisplayName ? (
    <span>{event.userDisplayName}</span>
  ) : (
    <Typography.Text type="secondary">{t('audit.detail.system')}</Typography.Text>
  );
}
