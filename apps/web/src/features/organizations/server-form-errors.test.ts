import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api.ts';
import { formErrorsOf } from './server-form-errors.ts';

const t = ((key: string) => `text:${key}`) as unknown as TFunction;

describe('formErrorsOf', () => {
  it('uses the validation paths the server sends', () => {
    const error = new ApiError(400, 'validation.failed', [{ path: 'body.name', issue: 'too_big' }]);
    expect(formErrorsOf(t, error, { 'validation.failed': 'other' })).toEqual([
      { name: ['name'], errors: ['text:errors.validation.failed'] },
    ]);
  });

  it('points a field-specific error code at its field, worded by the code', () => {
    const error = new ApiError(409, 'users.username_taken');
    expect(formErrorsOf(t, error, { 'users.username_taken': 'username' })).toEqual([
      { name: ['username'], errors: ['text:errors.users.username_taken'] },
    ]);
  });

  it('finds no field for codes it was not told about or errors not from the server', () => {
    expect(formErrorsOf(t, new ApiError(409, 'users.username_taken'))).toEqual([]);
    expect(formErrorsOf(t, new ApiError(403, 'auth.forbidden'), { 'users.username_taken': 'username' })).toEqual([]);
    expect(formErrorsOf(t, new Error('boom'), { 'http.internal': 'name' })).toEqual([]);
  });
});
