import { useMutation } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/error-text.ts';
import { downloadFile } from './download-file.ts';

export interface DownloadRequest {
  path: string;
  query?: Parameters<typeof downloadFile>[1];
  /** The name to save under when the server names none. */
  fallbackName: string;
}

/** A download button's action: fetches the file, saves it, and says so (or words why not). */
export function useDownload() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: ({ path, query, fallbackName }: DownloadRequest) => downloadFile(path, query, fallbackName),
    onSuccess: (name) => void message.success(t('serviceHours.downloaded', { name })),
    onError: (error) => void message.error(errorText(t, error)),
  });
}
