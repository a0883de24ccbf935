import { QrcodeOutlined, TeamOutlined } from '@ant-design/icons';
import type { MyVolunteer, OpenShift } from '@liandong/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../lib/api.ts';
import { formatTimeRange } from '../activities/shanghai-time.ts';

/**
 * 我带队的岗位: shifts naming the volunteer their team lead, with the way to the roster and the check-in code. Shown
 * only to team leads who lead something coming up.
 */
export function LedShiftsSection({ volunteers }: { volunteers: MyVolunteer[] }) {
  const { t } = useTranslation();
  const isTeamLead = volunteers.some((volunteer) => volunteer.teams.some((team) => team.role === 'team_lead'));
  const shifts = useQuery({
    queryKey: ['me', 'open-shifts', {}],
    queryFn: () => api.get<{ items: OpenShift[] }>('/api/me/open-shifts'),
    enabled: isTeamLead,
  });
  const mine = new Set(volunteers.map((volunteer) => volunteer.id));
  const led = (shifts.data?.items ?? []).filter((shift) => shift.leadVolunteer && mine.has(shift.leadVolunteer.id));
  if (led.length === 0) return null;

  return (
    <Card size="small" title={t('myVolunteering.led.title')}>
      <div style={{ display: 'grid', gap: 10 }}>
        {led.map((shift) => (
          <div key={shift.id} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
            <div style={{ flex: '1 1 200px', minWidth: 0 }}>
              <Typography.Text strong style={{ display: 'block' }}>
                {shift.activity.title} · {shift.role}
              </Typography.Text>
              <Typography.Text type="secondary">{formatTimeRange(shift.startsAt, shift.endsAt)}</Typography.Text>
            </div>
            <Space wrap>
              <Link to={`/shifts/${shift.id}/roster`}>
                <Button icon={<TeamOutlined />}>{t('myVolunteering.led.roster')}</Button>
              </Link>
              <Link to={`/shifts/${shift.id}/checkin-screen`}>
                <Button type="primary" icon={<QrcodeOutlined />}>
                  {t('myVolunteering.led.showCode')}
                </Button>
              </Link>
            </Space>
          </div>
        ))}
      </div>
    </Card>
  );
}
