import { ArrowLeftOutlined, CameraOutlined, FullscreenOutlined } from '@ant-design/icons';
import { Button, Progress, Result, Spin, Typography } from 'antd';
import { QRCodeSVG } from 'qrcode.react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorText } from '../../lib/error-text.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { rosterCounts } from '../activities/roster-order.ts';
import { formatTimeRange } from '../activities/shanghai-time.ts';
import { useRoster } from '../activities/use-roster.ts';
import { ScanCardModal } from './scan-card-modal.tsx';
import { useRotatingCode } from './use-rotating-code.ts';
import { useViewport } from './use-viewport.ts';
import { useWakeLock } from './use-wake-lock.ts';

/**
 * 签到码: the screen a lead holds up (a phone, a tablet or a laptop): the rotating QR code filling the screen, its
 * countdown, and the live count of who has checked in. Outside the app's frame so nothing competes with the code.
 */
export function CheckinScreenPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { code, share, left, query } = useRotatingCode(id);
  const roster = useRoster(id, 5000);
  const viewport = useViewport();
  const [scanOpen, setScanOpen] = useState(false);
  const shift = roster.data?.shift;
  useDocumentTitle(shift ? t('checkin.screen.documentTitle', { role: shift.role }) : t('checkin.screen.title'));
  useWakeLock();

  const wide = viewport.width >= 900;
  const qrSize = Math.max(
    180,
    Math.min(wide ? viewport.width - 420 : viewport.width - 48, viewport.height - (wide ? 140 : 300), 640),
  );
  const counts = roster.data ? rosterCounts(roster.data.items) : null;
  // What a phone's camera opens; also on the image as data-checkin-url, so a journey test can open it without a camera.
  const checkinUrl = code ? `${window.location.origin}${code.path}` : null;

  if (query.isError)
    return (
      <Result
        status="warning"
        title={errorText(t, query.error)}
        extra={
          <Link to={`/shifts/${id}/roster`}>
            <Button type="primary">{t('checkin.screen.backToRoster')}</Button>
          </Link>
        }
      />
    );

  return (
    <div style={{ minHeight: '100vh', background: '#fff', display: 'flex', flexDirection: 'column' }}>
      <header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 8,
          padding: '10px 16px',
          borderBottom: '1px solid #f0f0f0',
        }}
      >
        <Link to={`/shifts/${id}/roster`} aria-label={t('checkin.screen.backToRoster')}>
          <Button type="text" icon={<ArrowLeftOutlined />}>
            {wide && t('checkin.screen.backToRoster')}
          </Button>
        </Link>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Typography.Text strong ellipsis style={{ display: 'block', fontSize: 16 }}>
            {shift ? `${shift.activityTitle} · ${shift.role}` : t('checkin.screen.title')}
          </Typography.Text>
          {shift && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatTimeRange(shift.startsAt, shift.endsAt)}
            </Typography.Text>
          )}
        </div>
        {document.fullscreenEnabled && (
          <Button
            icon={<FullscreenOutlined />}
            aria-label={t('checkin.screen.fullscreen')}
            onClick={() => void document.documentElement.requestFullscreen().catch(() => undefined)}
          />
        )}
      </header>
      <main
        style={{
          flex: 1,
          display: 'flex',
          flexDirection: wide ? 'row' : 'column',
          alignItems: 'center',
          justifyContent: 'center',
          gap: wide ? 48 : 16,
          padding: 16,
        }}
      >
        <div style={{ display: 'grid', justifyItems: 'center', gap: 12 }}>
          <div style={{ width: qrSize, height: qrSize, display: 'grid', placeItems: 'center' }}>
            {checkinUrl ? (
              <QRCodeSVG
                value={checkinUrl}
                data-checkin-url={checkinUrl}
                size={qrSize}
                marginSize={2}
                level="L"
                title={t('checkin.screen.qrTitle')}
              />
            ) : (
              <Spin size="large" />
            )}
          </div>
          <Progress
            percent={share * 100}
            showInfo={false}
            strokeColor={share < 0.2 ? '#f59e0b' : '#0f766e'}
            style={{ width: qrSize, margin: 0 }}
            aria-label={t('checkin.screen.countdown', { seconds: Math.ceil(left / 1000) })}
          />
          <Typography.Text type="secondary">
            {t('checkin.screen.refreshHint', { seconds: Math.ceil(left / 1000) })}
          </Typography.Text>
        </div>
        <div style={{ display: 'grid', gap: 16, justifyItems: 'center', textAlign: 'center', minWidth: 220 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('checkin.screen.scanToCheck')}
          </Typography.Title>
          <div
            role="status"
            aria-label={t('checkin.screen.countsLabel', {
              checkedIn: counts?.checkedIn ?? '–',
              confirmed: counts?.confirmed ?? '–',
            })}
          >
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {t('checkin.screen.checkedIn')}
            </Typography.Text>
            <Typography.Text style={{ fontSize: 56, fontWeight: 700, lineHeight: 1.1 }}>
              {counts ? counts.checkedIn : '–'}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 24 }}>
              {' '}
              / {counts ? counts.confirmed : '–'}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {t('checkin.screen.confirmed')}
            </Typography.Text>
          </div>
          <Button size="large" icon={<CameraOutlined />} onClick={() => setScanOpen(true)}>
            {t('checkin.screen.scanCard')}
          </Button>
          <Link to={`/shifts/${id}/roster`}>{t('checkin.screen.rosterFallback')}</Link>
        </div>
      </main>
      <ScanCardModal open={scanOpen} onClose={() => setScanOpen(false)} />
    </div>
  );
}
