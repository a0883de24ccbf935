import { PlusOutlined } from '@ant-design/icons';
import { TEAM_ROLES, type TeamRole, type VolunteerProfile, type VolunteerTeamRef } from '@liandong/domain';
import { App, Button, Form, Modal, Radio, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../lib/api.ts';
import { formatDate } from '../../lib/format-time.ts';
import { OrganizationTreeSelect } from './organization-tree-select.tsx';
import { RecordRow, RecordSection } from './record-row.tsx';
import { useVolunteerAction } from './use-volunteer-action.ts';

interface TeamValues {
  teamId: string;
  role: TeamRole;
}

/** 团队: the volunteer's teams and role in each (队员 / 队长); coordinators add, change and remove. */
export function VolunteerTeamsPanel({ profile, canManage }: { profile: VolunteerProfile; canManage: boolean }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<TeamValues>();
  const base = `/api/volunteers/${profile.id}/teams`;
  const join = useVolunteerAction(
    ({ teamId, role }: TeamValues) => api.put(`${base}/${teamId}`, { role }),
    t('volunteers.teams.saved'),
  );
  const leave = useVolunteerAction((teamId: string) => api.delete(`${base}/${teamId}`), t('volunteers.teams.removed'));

  const confirmLeave = (team: VolunteerTeamRef) =>
    modal.confirm({
      title: t('volunteers.teams.removeTitle'),
      content: t('volunteers.teams.removeText', { name: profile.name, team: team.name }),
      okText: t('common.remove'),
      okButtonProps: { danger: true },
      onOk: () => leave.mutateAsync(team.teamId).catch(() => undefined),
    });
  const roleOptions = TEAM_ROLES.map((role) => ({ value: role, label: t(`volunteers.teamRoles.${role}`) }));
  const addButton = canManage && (
    <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
      {t('volunteers.teams.add')}
    </Button>
  );

  return (
    <>
      <RecordSection
        empty={
          profile.teams.length === 0
            ? { title: t('volunteers.teams.empty'), description: t('volunteers.teams.emptyHint') }
            : null
        }
        addButton={addButton}
      >
        {profile.teams.map((team) => (
          <RecordRow
            key={team.teamId}
            title={<Link to={`/organizations/${team.teamId}`}>{team.name}</Link>}
            tags={!canManage && <Tag>{t(`volunteers.teamRoles.${team.role}`)}</Tag>}
            description={t('volunteers.teams.joinedAt', { date: formatDate(team.joinedAt) })}
            actions={
              canManage && (
                <>
                  <Select<TeamRole>
                    size="small"
                    value={team.role}
                    options={roleOptions}
                    aria-label={t('volunteers.teams.roleOf', { team: team.name })}
                    onChange={(role) => join.mutate({ teamId: team.teamId, role })}
                  />
                  <Button size="small" type="link" danger onClick={() => confirmLeave(team)}>
                    {t('common.remove')}
                  </Button>
                </>
              )
            }
          />
        ))}
      </RecordSection>
      <Modal
        open={adding}
        title={t('volunteers.teams.add')}
        okText={t('volunteers.teams.add')}
        okButtonProps={{ loading: join.isPending }}
        onOk={() => form.submit()}
        onCancel={() => setAdding(false)}
        destroyOnHidden
      >
        <Form<TeamValues>
          form={form}
          layout="vertical"
          initialValues={{ role: 'member' }}
          onFinish={(values) => join.mutate(values, { onSuccess: () => setAdding(false) })}
        >
          <Form.Item
            name="teamId"
            label={t('volunteers.teams.team')}
            extra={t('volunteers.teams.teamHint')}
            rules={[{ required: true, message: t('volunteers.teams.teamRequired') }]}
          >
            <OrganizationTreeSelect kinds={['volunteer_team']} placeholder={t('volunteers.teams.teamPlaceholder')} />
          </Form.Item>
          <Form.Item name="role" label={t('volunteers.teams.role')}>
            <Radio.Group optionType="button" buttonStyle="solid" options={roleOptions} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
