import type { App, FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError } from './api.ts';
import { errorText } from './error-text.ts';

export interface FieldError {
  name: (string | number)[];
  errors: string[];
}

/** Error codes that concern one form field even without field details: a field name, or a path into nested values. */
export type FieldsByCode = Partial<Record<string, string | (string | number)[]>>;

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

/**
 * The form fields a failed save concerns: the server's validation paths, or else the one field an error code is
 * about (`users.username_taken` carries no path but clearly means the username). Empty when the error belongs to
 * no field, which is the caller's cue to show it above the form or as a toast.
 */
export function formErrorsOf(t: TFunction, error: unknown, fieldsByCode: FieldsByCode = {}): FieldError[] {
  const fromDetails = fieldErrorsOf(t, error);
  if (fromDetails.length > 0) return fromDetails;
  const field = error instanceof ApiError ? fieldsByCode[error.code] : undefined;
  if (!field) return [];
  return [{ name: typeof field === 'string' ? [field] : field, errors: [errorText(t, error)] }];
}

/** Shows server field errors under their fields in an antd form (which types its field names more narrowly). */
export function setFieldErrors<Values>(form: FormInstance<Values>, fields: FieldError[]): void {
  form.setFields(fields as Parameters<FormInstance<Values>['setFields']>[0]);
}

/** Shows a failed save: the coded message as a toast, and beside each field it concerns so the user sees where. */
export function showServerError<Values>(options: {
  error: unknown;
  t: TFunction;
  message: ReturnType<typeof App.useApp>['message'];
  form?: FormInstance<Values>;
  fieldsByCode?: FieldsByCode;
}): void {
  const { error, t, message, form, fieldsByCode } = options;
  void message.error(errorText(t, error));
  const fields = form ? formErrorsOf(t, error, fieldsByCode) : [];
  if (form && fields.length > 0) setFieldErrors(form, fields);
}
