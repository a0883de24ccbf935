import { CameraOutlined } from '@ant-design/icons';
import { Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** 扫描志愿者码: how the lead checks in a volunteer whose phone cannot scan, with the volunteer's personal code. */
export function ScanCardModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      onCancel={onClose}
      onOk={onClose}
      okText={t('checkin.screen.scanGotIt')}
      cancelButtonProps={{ style: { display: 'none' } }}
      title={t('checkin.screen.scanTitle')}
    >
      <div style={{ display: 'grid', gap: 12, justifyItems: 'center', textAlign: 'center' }}>
        <CameraOutlined style={{ fontSize: 48, color: '#0f766e' }} aria-hidden />
        <ol style={{ textAlign: 'start', margin: 0, paddingInlineStart: 20, display: 'grid', gap: 6 }}>
          <li>{t('checkin.screen.scanStep1')}</li>
          <li>{t('checkin.screen.scanStep2')}</li>
          <li>{t('checkin.screen.scanStep3')}</li>
        </ol>
        <Typography.Text type="secondary">{t('checkin.screen.scanFallback')}</Typography.Text>
      </div>
    </Modal>
  );
}
