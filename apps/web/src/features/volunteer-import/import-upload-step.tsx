import { InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Flex, Spin, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/error-text.ts';
import { fileProblemOf } from './file-problem-text.ts';
import { VOLUNTEER_IMPORT_MAX_BYTES, type VolunteerImport } from './import-contracts.ts';
import { uploadRoster } from './upload-roster.ts';

interface ImportUploadStepProps {
  organizationId: string;
  onPreviewed: (preview: VolunteerImport) => void;
  /** Back to choosing the organization (and the template). */
  onBack: () => void;
}

/** 上传: drop or pick the filled-in template (.xlsx or .csv); the server checks every row and writes nothing yet. */
export function ImportUploadStep({ organizationId, onPreviewed, onBack }: ImportUploadStepProps) {
  const { t } = useTranslation();
  const upload = useMutation({
    mutationFn: (file: File) => {
      // Refused here rather than after sending 30 MB over a slow connection.
      if (file.size > VOLUNTEER_IMPORT_MAX_BYTES) return Promise.reject(new Error('too_large'));
      return uploadRoster(organizationId, file);
    },
    onSuccess: onPreviewed,
  });
  const fileProblem = fileProblemOf(upload.error);
  const tooLarge = upload.error instanceof Error && upload.error.message === 'too_large';

  return (
    <Flex vertical gap={16}>
      <Spin spinning={upload.isPending} description={t('volunteerImport.upload.checking')}>
        <Upload.Dragger
          accept=".xlsx,.csv"
          multiple={false}
          showUploadList={false}
          disabled={upload.isPending}
          beforeUpload={(file) => {
            upload.mutate(file);
            // The file is sent by uploadRoster as the raw body, not by antd's multipart upload.
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('volunteerImport.upload.drop')}</p>
          <p className="ant-upload-hint">{t('volunteerImport.upload.hint')}</p>
        </Upload.Dragger>
      </Spin>
      {upload.isError && (
        <Alert
          type="error"
          showIcon
          title={
            tooLarge
              ? t('volunteerImport.upload.tooLarge', { mb: VOLUNTEER_IMPORT_MAX_BYTES / 1024 / 1024 })
              : fileProblem
                ? t(`volunteerImport.fileProblems.${fileProblem.reason}`, { maxRows: fileProblem.maxRows })
                : errorText(t, upload.error)
          }
          description={
            fileProblem && fileProblem.missingColumns.length > 0 ? (
              <Typography.Text>
                {t('volunteerImport.upload.missingColumns', { columns: fileProblem.missingColumns.join('、') })}
              </Typography.Text>
            ) : undefined
          }
        />
      )}
      <div>
        <Button onClick={onBack} disabled={upload.isPending}>
          {t('volunteerImport.upload.back')}
        </Button>
      </div>
    </Flex>
  );
}
