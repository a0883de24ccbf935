import { Card, Steps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useCan, useSession } from '../../lib/use-session.ts';
import type { VolunteerImport } from './import-contracts.ts';
import { ImportOrganizationStep } from './import-organization-step.tsx';
import { ImportPreview } from './import-preview.tsx';
import { ImportProgress } from './import-progress.tsx';
import { ImportUploadStep } from './import-upload-step.tsx';

type Step = 'organization' | 'upload' | 'preview' | 'import';
const STEPS: Step[] = ['organization', 'upload', 'preview', 'import'];

/**
 * 批量导入 (/volunteers/import): choose the organization and get the template, upload the roster, read the problems
 * the server found (nothing is written until the file is clean), then import all rows at once with progress.
 */
export function VolunteerImportPage() {
  const { t } = useTranslation();
  const can = useCan();
  const session = useSession().data;
  const [organizationId, setOrganizationId] = useState<string | undefined>(session?.actingOrganizationId ?? undefined);
  const [step, setStep] = useState<Step>('organization');
  const [preview, setPreview] = useState<VolunteerImport | null>(null);
  const [started, setStarted] = useState<VolunteerImport | null>(null);
  const startOver = () => {
    setPreview(null);
    setStarted(null);
    setStep('upload');
  };

  const header = (
    <PageHeader backTo="/volunteers" title={t('volunteerImport.title')} subtitle={t('volunteerImport.subtitle')} />
  );
  if (!can('volunteers.manage')) {
    return (
      <>
        {header}
        <EmptyState title={t('volunteerImport.forbidden')} description={t('volunteerImport.forbiddenHint')} />
      </>
    );
  }

  return (
    <>
      {header}
      <Card size="small">
        <Steps
          size="small"
          current={STEPS.indexOf(step)}
          items={STEPS.map((key) => ({ title: t(`volunteerImport.steps.${key}`) }))}
          style={{ marginBottom: 24 }}
          responsive
        />
        {step === 'organization' && (
          <ImportOrganizationStep
            organizationId={organizationId}
            onChange={setOrganizationId}
            onNext={() => setStep('upload')}
          />
        )}
        {step === 'upload' && organizationId && (
          <ImportUploadStep
            organizationId={organizationId}
            onBack={() => setStep('organization')}
            onPreviewed={(next) => {
              setPreview(next);
              setStep('preview');
            }}
          />
        )}
        {step === 'preview' && preview && (
          <ImportPreview
            preview={preview}
            onRetry={startOver}
            onStarted={(next) => {
              setStarted(next);
              setStep('import');
            }}
          />
        )}
        {step === 'import' && started && <ImportProgress started={started} onAgain={startOver} />}
      </Card>
    </>
  );
}
