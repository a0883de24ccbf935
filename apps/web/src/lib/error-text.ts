import type { TFunction } from 'i18next';
import { ApiError } from './api.ts';

/** The user-facing sentence for any error: the locale's wording of its code, never server prose. */
export function errorText(t: TFunction, error: unknown): string {
  const code = error instanceof ApiError ? error.code : 'http.internal';
  return t(`errors.${code}`, { defaultValue: t('errors.http.internal') });
}
