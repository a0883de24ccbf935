import type { Certificate } from '@liandong/domain';
import { useDownload } from '../service-hours/use-download.ts';

/** Downloads a certificate's PDF (rendered by the server each time, the download audited). */
export function useCertificateDownload() {
  const download = useDownload();
  return {
    download: (certificate: Pick<Certificate, 'id' | 'number'>) =>
      download.mutate({ path: `/api/certificates/${certificate.id}.pdf`, fallbackName: `${certificate.number}.pdf` }),
    /** The certificate being downloaded, so only its button spins. */
    pendingId: download.isPending ? (download.variables?.path.match(/certificates\/([^/]+)\.pdf$/)?.[1] ?? null) : null,
  };
}
