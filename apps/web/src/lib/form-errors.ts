import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError } from './api.ts';

export interface FieldError {
  name: (string | number)[];
  errors: string[];
}

/**
 * The field errors a server answer carries, for antd `form.setFields`: `details` of the form
 * `[{ path: 'body.organization.uscc' }]` become `{ name: ['organization', 'uscc'] }`. Fields the form does not have
 * are the caller's to ignore; the message is the wording of the error code (or of `validation.failed`).
 */
export function fieldErrorsOf(t: TFunction, error: unknown): FieldError[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  const message = t(`errors.${error.code}`, { defaultValue: t('errors.validation.failed') });
  return error.details.flatMap((detail: unknown) => {
    const path = (detail as { path?: unknown } | null)?.path;
    if (typeof path !== 'string') return [];
    const parts = path.split('.');
    if (parts[0] === 'body') parts.shift();
    if (parts.length === 0) return [];
    return [{ name: parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part)), errors: [message] }];
  });
}

/** Shows server field errors under their fields in an antd form (which types its field names more narrowly). */
export function setFieldErrors<Values>(form: FormInstance<Values>, fields: FieldError[]): void {
  form.setFields(fields as Parameters<FormInstance<Values>['setFields']>[0]);
}
