import { RightOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface NextStepCardProps {
  to: string;
  icon: ReactNode;
  title: string;
  text: string;
}

/** One thing the user can do next; the whole card is the link, named by its title. */
export function NextStepCard({ to, icon, title, text }: NextStepCardProps) {
  return (
    <Link to={to} style={{ display: 'block', height: '100%', color: 'inherit' }}>
      <Card hoverable style={{ height: '100%' }} styles={{ body: { padding: '16px 20px' } }}>
        <div style={{ display: 'flex', gap: 14, alignItems: 'flex-start' }}>
          <span
            aria-hidden
            style={{
              flex: 'none',
              display: 'grid',
              placeItems: 'center',
              width: 40,
              height: 40,
              borderRadius: 10,
              background: '#ccfbf1',
              color: '#0f766e',
              fontSize: 20,
            }}
          >
            {icon}
          </span>
          <div style={{ minWidth: 0, flex: 1 }}>
            <Typography.Text strong style={{ fontSize: 15 }}>
              {title}
            </Typography.Text>
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 13 }}>
              {text}
            </Typography.Paragraph>
          </div>
          <RightOutlined aria-hidden style={{ color: '#bfbfbf', alignSelf: 'center' }} />
        </div>
      </Card>
    </Link>
  );
}
