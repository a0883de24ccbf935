import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { Street } from '@liandong/domain';
import { Button, Card, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { LoadError } from '../../components/load-error.tsx';

interface StreetsCardProps {
  streets: Street[] | undefined;
  error: unknown;
  onRetry: () => void;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  onAdd?: () => void;
  onEdit?: (street: Street) => void;
}

function StreetRow(props: {
  active: boolean;
  onClick: () => void;
  children: React.ReactNode;
  extra?: React.ReactNode;
}) {
  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 4,
        borderRadius: 6,
        background: props.active ? '#e6f4f1' : undefined,
      }}
    >
      <button
        type="button"
        onClick={props.onClick}
        aria-pressed={props.active}
        style={{
          flex: 1,
          display: 'flex',
          alignItems: 'center',
          gap: 8,
          padding: '8px 10px',
          border: 'none',
          background: 'transparent',
          cursor: 'pointer',
          textAlign: 'start',
          font: 'inherit',
          color: props.active ? '#0f766e' : undefined,
          fontWeight: props.active ? 600 : undefined,
          minWidth: 0,
        }}
      >
        {props.children}
      </button>
      {props.extra}
    </div>
  );
}

/** The streets and townships of the county; choosing one narrows the communities beside it. */
export function StreetsCard({ streets, error, onRetry, selectedId, onSelect, onAdd, onEdit }: StreetsCardProps) {
  const { t } = useTranslation();
  const addButton = onAdd && (
    <Button size="small" icon={<PlusOutlined />} onClick={onAdd}>
      {t('regions.streets.add')}
    </Button>
  );

  return (
    <Card size="small" title={t('regions.streets.title')} extra={streets?.length ? addButton : null}>
      {error ? (
        <LoadError error={error} onRetry={onRetry} />
      ) : !streets ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : streets.length === 0 ? (
        <EmptyState
          title={t('regions.streets.empty')}
          description={t('regions.streets.emptyHint')}
          action={
            onAdd && (
              <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
                {t('regions.streets.add')}
              </Button>
            )
          }
        />
      ) : (
        <nav style={{ display: 'grid', gap: 2, maxHeight: 520, overflowY: 'auto' }}>
          <StreetRow active={selectedId === null} onClick={() => onSelect(null)}>
            {t('regions.streets.all')}
          </StreetRow>
          {streets.map((street) => (
            <StreetRow
              key={street.id}
              active={selectedId === street.id}
              onClick={() => onSelect(street.id)}
              extra={
                onEdit && (
                  <Button
                    type="text"
                    size="small"
                    icon={<EditOutlined />}
                    aria-label={`${t('regions.streets.edit')} ${street.name}`}
                    onClick={() => onEdit(street)}
                  />
                )
              }
            >
              <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{street.name}</span>
              <Tag style={{ marginInlineEnd: 0 }}>{t(`regions.streetKinds.${street.kind}`)}</Tag>
              <Typography.Text
                type="secondary"
                style={{ marginInlineStart: 'auto', fontSize: 12, whiteSpace: 'nowrap' }}
              >
                {t('regions.streets.communityCount', { count: street.communityCount })}
              </Typography.Text>
            </StreetRow>
          ))}
        </nav>
      )}
    </Card>
  );
}
