import { Modal, Typography } from 'antd';
import { QRCodeSVG } from 'qrcode.react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cardLinkOf } from './use-volunteer-cards.ts';

interface VolunteerCardQrProps {
  token: string;
  name: string;
  localNo: string;
}

/**
 * 我的志愿者码: the personal QR a lead scans to check the volunteer in. Small on the page, where the volunteer
 * mostly looks for shifts; a tap shows it as large as the screen for the lead's camera.
 */
export function VolunteerCardQr({ token, name, localNo }: VolunteerCardQrProps) {
  const { t } = useTranslation();
  const [large, setLarge] = useState(false);
  const link = cardLinkOf(token);
  const side = Math.min(window.innerWidth - 64, 420);
  return (
    <>
      <button
        type="button"
        onClick={() => setLarge(true)}
        aria-label={t('myVolunteering.card.enlarge')}
        style={{
          border: '1px solid #f0f0f0',
          borderRadius: 8,
          background: '#fff',
          padding: 8,
          cursor: 'zoom-in',
          display: 'grid',
          justifyItems: 'center',
          gap: 4,
        }}
      >
        <QRCodeSVG value={link} size={104} marginSize={1} title={t('myVolunteering.card.qrTitle')} />
        <Typography.Text style={{ fontSize: 12 }}>{t('myVolunteering.card.title')}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('myVolunteering.card.tapToEnlarge')}
        </Typography.Text>
      </button>
      <Modal
        open={large}
        onCancel={() => setLarge(false)}
        footer={null}
        centered
        title={t('myVolunteering.card.title')}
        width={side + 48}
      >
        <div style={{ display: 'grid', justifyItems: 'center', gap: 8, textAlign: 'center' }}>
          <QRCodeSVG value={link} size={side} marginSize={2} title={t('myVolunteering.card.qrTitle')} />
          <Typography.Text strong style={{ fontSize: 18 }}>
            {name} · {localNo}
          </Typography.Text>
          <Typography.Text type="secondary">{t('myVolunteering.card.hint')}</Typography.Text>
        </div>
      </Modal>
    </>
  );
}
