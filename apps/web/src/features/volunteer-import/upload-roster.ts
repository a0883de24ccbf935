import { ApiError } from '../../lib/api.ts';
import { VOLUNTEER_IMPORT_FILE_NAME_HEADER, type VolunteerImport } from './import-contracts.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type a roster is sent as, from its name (the server reads the kind from the bytes either way). */
export function contentTypeOf(fileName: string): string {
  if (/\.xlsx$/i.test(fileName)) return XLSX;
  if (/\.csv$/i.test(fileName)) return 'text/csv';
  return 'application/octet-stream';
}

// The CSRF cookie api.ts reads too; an upload is not JSON, so it cannot go through api.post.
function csrfToken(): string | undefined {
  const part = document.cookie.split('; ').find((item) => item.startsWith('ld_csrf='));
  return part ? decodeURIComponent(part.slice('ld_csrf='.length)) : undefined;
}

/**
 * Sends a roster file as the request body (its name URI-encoded in `x-file-name`) and answers the previewed import:
 * counts, the first problems and a few valid rows. Nothing is registered yet.
 */
export async function uploadRoster(organizationId: string, file: File): Promise<VolunteerImport> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': contentTypeOf(file.name),
    [VOLUNTEER_IMPORT_FILE_NAME_HEADER]: encodeURIComponent(file.name),
  };
  const csrf = csrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  let response: Response;
  try {
    response = await fetch(`/api/organizations/${organizationId}/volunteer-imports`, {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw new ApiError(0, 'network.offline');
  }
  const payload = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, payload?.code ?? 'http.internal', payload?.details);
  return payload as VolunteerImport;
}
