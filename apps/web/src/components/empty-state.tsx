import { Empty, Typography } from 'antd';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: ReactNode;
  /** What to do about it: who to ask, or what to create first. */
  description?: ReactNode;
  /** A button or link that leads out of the empty state. */
  action?: ReactNode;
  image?: ReactNode;
}

/** A page or list with nothing to show yet, saying why and what to do next. */
export function EmptyState({ title, description, action, image = Empty.PRESENTED_IMAGE_SIMPLE }: EmptyStateProps) {
  return (
    <Empty
      image={image}
      style={{ padding: '32px 16px' }}
      description={
        <div style={{ maxWidth: 420, margin: '0 auto' }}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {title}
          </Typography.Text>
          {description && (
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
              {description}
            </Typography.Paragraph>
          )}
        </div>
      }
    >
      {action}
    </Empty>
  );
}
