import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { EmptyState } from '../../components/empty-state.tsx';

interface RecordRowProps {
  title: ReactNode;
  /** Tags beside the title (状态, 已过期). */
  tags?: ReactNode;
  /** A line or two of detail under the title. */
  description?: ReactNode;
  /** Buttons on the right; they wrap under the text on a narrow screen. */
  actions?: ReactNode;
}

/** One record of a profile section (a team, a training, a consent) as a bordered row that reads well on a phone. */
export function RecordRow({ title, tags, description, actions }: RecordRowProps) {
  return (
    <div
      style={{
        border: '1px solid #f0f0f0',
        borderRadius: 8,
        padding: '10px 12px',
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        gap: '6px 12px',
      }}
    >
      <div style={{ flex: '1 1 220px', minWidth: 0 }}>
        <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 6 }}>
          <Typography.Text strong>{title}</Typography.Text>
          {tags}
        </div>
        {description && (
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13, marginTop: 2 }}>
            {description}
          </Typography.Text>
        )}
      </div>
      {actions && <div style={{ display: 'flex', alignItems: 'center', gap: 4, flexWrap: 'wrap' }}>{actions}</div>}
    </div>
  );
}

/** Rows of a section, spaced evenly. */
export function RecordRows({ children }: { children: ReactNode }) {
  return <div style={{ display: 'grid', gap: 8 }}>{children}</div>;
}

/**
 * A profile section of records: with none, an empty state offering `addButton`; else `addButton` above the rows.
 * `addButton` is false for those who may only read.
 */
export function RecordSection({
  empty,
  addButton,
  children,
}: {
  empty: { title: string; description?: string | undefined } | null;
  addButton: ReactNode;
  children: ReactNode;
}) {
  if (empty) return <EmptyState title={empty.title} description={empty.description} action={addButton} />;
  return (
    <>
      {addButton && <div style={{ textAlign: 'right', marginBottom: 8 }}>{addButton}</div>}
      <RecordRows>{children}</RecordRows>
    </>
  );
}
