import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from '../lib/use-document-title.ts';

export interface PageHeaderProps {
  title: ReactNode;
  /** A line under the title (what the page is for, or counts). */
  subtitle?: ReactNode;
  /** Buttons on the right; they wrap under the title on a phone. */
  extra?: ReactNode;
  /** Shows a back button to this path. */
  backTo?: string;
  /** The browser tab's title; defaults to `title` when that is a string. Pass null to leave it to the layout. */
  documentTitle?: string | null;
}

/** The top of every signed-in page: title, optional subtitle and actions, and the browser tab's title. */
export function PageHeader({ title, subtitle, extra, backTo, documentTitle }: PageHeaderProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(documentTitle === undefined ? (typeof title === 'string' ? title : null) : documentTitle);
  return (
    <div
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: '8px 16px',
        marginBottom: 16,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'flex-start', gap: 8, minWidth: 0, flex: '1 1 240px' }}>
        {backTo && (
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            aria-label={t('common.back')}
            onClick={() => navigate(backTo)}
          />
        )}
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={3} style={{ margin: 0, overflowWrap: 'anywhere' }}>
            {title}
          </Typography.Title>
          {subtitle && (
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
              {subtitle}
            </Typography.Paragraph>
          )}
        </div>
      </div>
      {extra && <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>{extra}</div>}
    </div>
  );
}
