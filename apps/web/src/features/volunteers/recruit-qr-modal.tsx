import { PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Form, Modal, Space, Typography } from 'antd';
import { QRCodeSVG } from 'qrcode.react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../lib/use-session.ts';
import { useOrganizationTree } from '../organizations/use-organization-tree.ts';
import { CopyLinkButton } from './copy-link-button.tsx';
import { OrganizationTreeSelect } from './organization-tree-select.tsx';
import { printPoster } from './print-poster.ts';
import { VOLUNTEER_UNIT_KINDS } from './registry-roots.ts';
import { useRegistrySettings } from './use-registry-settings.ts';

/** The address of an organization's public sign-up page, on this installation. */
export const signupLinkOf = (organizationId: string) => `${window.location.origin}/join/${organizationId}`;

interface RecruitQrModalProps {
  open: boolean;
  onClose: () => void;
  /** The organization chosen first (the list's filter, when it is a 义工联, station or team). */
  defaultOrganizationId?: string;
}

/** 招募二维码: the public sign-up link of a 义工联, station or team as a QR code to copy, show or print. */
export function RecruitQrModal({ open, onClose, defaultOrganizationId }: RecruitQrModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const nodes = useOrganizationTree().data?.items ?? [];
  const units = nodes.filter((node) => VOLUNTEER_UNIT_KINDS.includes(node.kind));
  const [picked, setPicked] = useState<string | undefined>();
  const organizationId =
    picked ?? (units.some((node) => node.id === defaultOrganizationId) ? defaultOrganizationId : units[0]?.id);
  const organization = nodes.find((node) => node.id === organizationId);
  const settings = useRegistrySettings(organizationId);
  const qrBox = useRef<HTMLDivElement>(null);
  const link = organizationId ? signupLinkOf(organizationId) : '';

  const print = () => {
    const svg = qrBox.current?.querySelector('svg')?.outerHTML;
    if (!svg || !organization) return;
    const opened = printPoster({ title: organization.name, subtitle: t('volunteers.qr.posterSubtitle'), svg, link });
    if (!opened) void message.warning(t('volunteers.qr.popupBlocked'));
  };

  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('volunteers.qr.title')} destroyOnHidden>
      {units.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('volunteers.qr.noUnits')}
          style={{ padding: '24px 0' }}
        />
      ) : (
        <>
          <Form layout="vertical">
            <Form.Item
              label={t('volunteers.qr.organization')}
              htmlFor="recruitOrganization"
              extra={t('volunteers.qr.organizationHint')}
            >
              <OrganizationTreeSelect
                id="recruitOrganization"
                kinds={VOLUNTEER_UNIT_KINDS}
                value={organizationId}
                onChange={(value) => setPicked(value)}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Form>
          {settings.data && !settings.data.settings.selfRegistrationOpen && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('volunteers.qr.closed', { name: settings.data.registry.name })}
              action={
                can('volunteers.configure') && (
                  <Link to={`/volunteers/settings?registry=${settings.data.registry.id}`}>
                    {t('volunteers.settings.title')}
                  </Link>
                )
              }
            />
          )}
          <div ref={qrBox} style={{ display: 'grid', placeItems: 'center', gap: 12, textAlign: 'center' }}>
            <Typography.Text strong style={{ fontSize: 16 }}>
              {organization?.name}
            </Typography.Text>
            <QRCodeSVG value={link} size={220} marginSize={2} title={t('volunteers.qr.imageTitle')} />
            <Typography.Text code style={{ wordBreak: 'break-all' }}>
              {link}
            </Typography.Text>
            <Space wrap style={{ justifyContent: 'center' }}>
              <CopyLinkButton link={link} />
              <Button icon={<PrinterOutlined />} onClick={print}>
                {t('volunteers.qr.print')}
              </Button>
              <a href={link} target="_blank" rel="noreferrer">
                {t('volunteers.qr.open')}
              </a>
            </Space>
          </div>
        </>
      )}
    </Modal>
  );
}
