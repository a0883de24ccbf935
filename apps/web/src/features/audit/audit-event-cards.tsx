import type { AuditEvent } from '@liandong/domain';
import { Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-time.ts';
import { AuditActionText, AuditEntityText, AuditUserText } from './audit-event-cells.tsx';
import { AuditEventDetail } from './audit-event-detail.tsx';

/** Audit events on a phone: one card each, action and time first, the changed fields one tap away. */
export function AuditEventCards({ events }: { events: AuditEvent[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      {events.map((event) => (
        <div key={event.id} style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: '10px 12px' }}>
          <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'baseline' }}>
            <Typography.Text strong>
              <AuditActionText action={event.action} />
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
              {formatDateTime(event.occurredAt)}
            </Typography.Text>
          </div>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '2px 12px', marginTop: 4, fontSize: 13 }}>
            <AuditUserText event={event} />
            {event.actingOrganizationName && (
              <Typography.Text type="secondary">{event.actingOrganizationName}</Typography.Text>
            )}
            <AuditEntityText event={event} />
            {event.ip && <Typography.Text type="secondary">{event.ip}</Typography.Text>}
          </div>
          <Button
            type="link"
            size="small"
            style={{ paddingInline: 0 }}
            aria-expanded={open === event.id}
            onClick={() => setOpen(open === event.id ? null : event.id)}
          >
            {open === event.id ? t('audit.detail.hide') : t('audit.detail.show')}
          </Button>
          {open === event.id && <AuditEventDetail event={event} />}
        </div>
      ))}
    </div>
  );
}
