import type { App, FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { type FieldError, fieldErrorsOf } from '../../lib/form-errors.ts';

/**
 * The form fields a failed save concerns: the server's validation paths, or else the one field an error code is
 * about (`users.username_taken` carries no path but clearly means the username).
 */
export function formErrorsOf(t: TFunction, error: unknown, fieldsByCode: Record<string, string> = {}): FieldError[] {
  const fromDetails = fieldErrorsOf(t, error);
  if (fromDetails.length > 0) return fromDetails;
  const field = error instanceof ApiError ? fieldsByCode[error.code] : undefined;
  return field ? [{ name: [field], errors: [errorText(t, error)] }] : [];
}

/** Shows a failed save: the coded message as a toast, and beside each field it concerns so the user sees where. */
export function showServerError(options: {
  error: unknown;
  t: TFunction;
  message: ReturnType<typeof App.useApp>['message'];
  form?: FormInstance;
  fieldsByCode?: Record<string, string>;
}): void {
  const { error, t, message, form, fieldsByCode } = options;
  void message.error(errorText(t, error));
  const fields = form ? formErrorsOf(t, error, fieldsByCode) : [];
  if (fields.length > 0) form?.setFields(fields);
}
