import { ApiError } from '../../lib/api.ts';

type Query = Record<string, string | number | boolean | null | undefined>;

/**
 * The file name a `content-disposition` header gives: the UTF-8 `filename*` (Chinese names) before the plain
 * `filename`, else the fallback.
 */
export function fileNameOf(contentDisposition: string | null, fallback: string): string {
  if (!contentDisposition) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(contentDisposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape: the plain name below still serves.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(contentDisposition);
  return (plain?.[1] ?? plain?.[2])?.trim() || fallback;
}

/** A path with its non-empty query values, as `api.get` builds it. */
export function withQuery(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * Downloads a file the server renders (xlsx, PDF) and saves it under the server's name. Fetched rather than linked
 * so a refusal arrives as an ApiError the page can word, instead of a JSON file saved to disk.
 */
export async function downloadFile(path: string, query: Query | undefined, fallbackName: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(withQuery(path, query), { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network.offline');
  }
  if (!response.ok) {
    const payload = await response.json().catch(() => null);
    throw new ApiError(response.status, payload?.code ?? 'http.internal', payload?.details);
  }
  const blob = await response.blob();
  const name = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
