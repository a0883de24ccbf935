import type { Street } from '@liandong/domain';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Form, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { api } from '../../lib/api.ts';
import { useCan, useSession } from '../../lib/use-session.ts';
import { CommunitiesCard, type CommunityFilters } from './communities-card.tsx';
import { CommunityFormModal } from './community-form-modal.tsx';
import { type CountyOption, CountySelect } from './county-select.tsx';
import { readRememberedCounty, rememberCounty } from './remembered-county.ts';
import { StreetFormModal } from './street-form-modal.tsx';
import { StreetsCard } from './streets-card.tsx';
import { useDefaultCounty } from './use-default-county.ts';

type Editing = { kind: 'street'; street: Street | null } | { kind: 'community' } | null;

/** A county's streets and townships, and their communities and villages, kept by the people who serve there. */
export function RegionsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const canManage = can('regions.manage');
  const session = useSession().data;
  const [chosen, setChosen] = useState<CountyOption | null>(readRememberedCounty);
  const fallback = useDefaultCounty(session?.actingOrganizationId, chosen === null);
  const county = chosen ?? fallback.data ?? null;
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<Editing>(null);

  const filters: CommunityFilters = {
    q: params.get('q') ?? '',
    type: (params.get('type') as CommunityFilters['type']) ?? undefined,
    streetId: params.get('street'),
    page: Math.max(1, Number(params.get('page')) || 1),
  };
  const setFilters = (next: Partial<CommunityFilters>) => {
    const merged = { ...filters, ...next };
    const search = new URLSearchParams();
    if (merged.q) search.set('q', merged.q);
    if (merged.type) search.set('type', merged.type);
    if (merged.streetId) search.set('street', merged.streetId);
    if (merged.page > 1) search.set('page', String(merged.page));
    setParams(search, { replace: true });
  };

  const streets = useQuery({
    queryKey: ['streets', county?.code],
    queryFn: () => api.get<{ items: Street[] }>('/api/streets', { countyCode: county?.code }),
    enabled: Boolean(county),
  });

  const chooseCounty = (code: string | null, picked: CountyOption | null) => {
    const next = code && picked ? picked : null;
    setChosen(next);
    rememberCounty(next);
    setParams({}, { replace: true });
  };

  return (
    <>
      <PageHeader title={t('regions.title')} subtitle={t('regions.subtitle')} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical" style={{ maxWidth: 520 }}>
          <Form.Item
            label={t('regions.county')}
            htmlFor="regions-county"
            extra={t('regions.countyHint')}
            style={{ marginBottom: 0 }}
          >
            <CountySelect id="regions-county" value={county?.code ?? null} current={county} onChange={chooseCounty} />
          </Form.Item>
        </Form>
      </Card>

      {!county ? (
        fallback.isFetching ? (
          <PageLoading />
        ) : (
          <Card>
            <EmptyState title={t('regions.chooseCountyTitle')} description={t('regions.chooseCountyText')} />
          </Card>
        )
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={8}>
            <StreetsCard
              streets={streets.data?.items}
              error={streets.error}
              onRetry={() => void streets.refetch()}
              selectedId={filters.streetId}
              onSelect={(streetId) => setFilters({ streetId, page: 1 })}
              onAdd={canManage ? () => setEditing({ kind: 'street', street: null }) : undefined}
              onEdit={canManage ? (street) => setEditing({ kind: 'street', street }) : undefined}
            />
          </Col>
          <Col xs={24} lg={16}>
            <CommunitiesCard
              countyCode={county.code}
              filters={filters}
              onFiltersChange={setFilters}
              hasStreets={(streets.data?.items.length ?? 0) > 0}
              onAdd={canManage ? () => setEditing({ kind: 'community' }) : undefined}
            />
          </Col>
        </Row>
      )}

      {county && canManage && (
        <>
          <StreetFormModal
            open={editing?.kind === 'street'}
            countyCode={county.code}
            street={editing?.kind === 'street' ? editing.street : null}
            onClose={() => setEditing(null)}
          />
          <CommunityFormModal
            open={editing?.kind === 'community'}
            streets={streets.data?.items}
            defaultStreetId={filters.streetId}
            onClose={() => setEditing(null)}
          />
        </>
      )}
    </>
  );
}
