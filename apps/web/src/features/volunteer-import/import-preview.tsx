import { Alert, Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ImportCommitPanel } from './import-commit-panel.tsx';
import type { VolunteerImport, VolunteerImportProblemCode } from './import-contracts.ts';
import { ImportCounts } from './import-counts.tsx';
import { ImportProblemsTable } from './import-problems-table.tsx';
import { ImportSampleTable } from './import-sample-table.tsx';

interface ImportPreviewProps {
  preview: VolunteerImport;
  onRetry: () => void;
  onStarted: (started: VolunteerImport) => void;
}

/**
 * What the file holds before anything is written: counts, then either every problem to fix (the import waits for a
 * clean file) or a sample of the rows and the button to import them.
 */
export function ImportPreview({ preview, onRetry, onStarted }: ImportPreviewProps) {
  const { t } = useTranslation();
  const counts = Object.entries(preview.problemCounts) as [VolunteerImportProblemCode, number][];
  const reupload = <Button onClick={onRetry}>{t('volunteerImport.preview.reupload')}</Button>;
  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">
        {t('volunteerImport.preview.file', { name: preview.fileName, organization: preview.organization.name })}
      </Typography.Text>
      <ImportCounts preview={preview} />
      {preview.problemCount > 0 ? (
        <>
          <Alert
            type="error"
            showIcon
            title={t('volunteerImport.preview.hasProblems', { count: preview.problemCount })}
            description={t('volunteerImport.preview.hasProblemsHint')}
            action={reupload}
          />
          <Flex gap={6} wrap>
            {counts.map(([code, count]) => (
              <Tag key={code} color="red">
                {t('volunteerImport.preview.problemCount', {
                  problem: t(`volunteerImport.problemKinds.${code}`),
                  count,
                })}
              </Tag>
            ))}
          </Flex>
          <ImportProblemsTable problems={preview.problems} />
          {preview.problemsTruncated && (
            <Typography.Text type="secondary">
              {t('volunteerImport.preview.truncated', { shown: preview.problems.length, count: preview.problemCount })}
            </Typography.Text>
          )}
        </>
      ) : (
        <>
          <Alert
            type="success"
            showIcon
            title={t('volunteerImport.preview.clean', { count: preview.validRows })}
            action={reupload}
          />
          {preview.sample.length > 0 && (
            <div>
              <Typography.Title level={5}>{t('volunteerImport.preview.sampleTitle')}</Typography.Title>
              <ImportSampleTable rows={preview.sample} />
            </div>
          )}
          <ImportCommitPanel preview={preview} onStarted={onStarted} />
        </>
      )}
    </Flex>
  );
}
