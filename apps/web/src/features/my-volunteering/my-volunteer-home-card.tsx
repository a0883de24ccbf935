import { HeartOutlined, RightOutlined } from '@ant-design/icons';
import { formatHours } from '@liandong/domain';
import { Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { VolunteerStatusTag } from '../volunteers/volunteer-status-tag.tsx';
import { useMyVolunteers } from './use-my-volunteers.ts';

/** The home page's card for a user who is a volunteer: status, number, approved hours and the way in. */
export function MyVolunteerHomeCard() {
  const { t } = useTranslation();
  const records = useMyVolunteers().data?.items ?? [];
  if (records.length === 0) return null;
  const hours = formatHours(records.reduce((sum, volunteer) => sum + volunteer.approvedHundredths, 0));
  return (
    <Card size="small">
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12 }}>
        <HeartOutlined style={{ fontSize: 28, color: '#0f766e' }} aria-hidden />
        <div style={{ flex: '1 1 200px', minWidth: 0 }}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {t('myVolunteering.home.title')}
          </Typography.Text>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginTop: 4 }}>
            {records.map((volunteer) => (
              <span key={volunteer.id} style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}>
                <VolunteerStatusTag status={volunteer.status} />
                <Typography.Text type="secondary">
                  {volunteer.registry.name} · {volunteer.localNo}
                </Typography.Text>
              </span>
            ))}
          </div>
          <Typography.Text>{t('myVolunteering.home.hours', { hours })}</Typography.Text>
        </div>
        <Link to="/me/volunteer">
          <Button type="primary" icon={<RightOutlined />} iconPlacement="end">
            {t('myVolunteering.home.open')}
          </Button>
        </Link>
      </div>
    </Card>
  );
}
