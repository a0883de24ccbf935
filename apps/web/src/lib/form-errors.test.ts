import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api.ts';
import { fieldErrorsOf, formErrorsOf } from './form-errors.ts';

const t = ((key: string) => `text:${key}`) as unknown as TFunction;

describe('fieldErrorsOf', () => {
  it('turns server field paths into form field names worded by the code', () => {
    const error = new ApiError(400, 'organizations.uscc_invalid', [{ path: 'body.organization.uscc' }]);
    expect(fieldErrorsOf(t, error)).toEqual([
      { name: ['organization', 'uscc'], errors: ['text:errors.organizations.uscc_invalid'] },
    ]);
  });

  it('keeps array indexes as numbers and skips details without a path', () => {
    const error = new ApiError(400, 'validation.failed', [{ path: 'body.items.2.name' }, { issue: 'x' }, null]);
    expect(fieldErrorsOf(t, error)).toEqual([
      { name: ['items', 2, 'name'], errors: ['text:errors.validation.failed'] },
    ]);
  });

  it('gives nothing for errors that are not about fields', () => {
    expect(fieldErrorsOf(t, new ApiError(401, 'auth.invalid_credentials'))).toEqual([]);
    expect(fieldErrorsOf(t, new Error('boom'))).toEqual([]);
  });
});

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

  it('points a code at a nested field by its path', () => {
    const error = new ApiError(400, 'organizations.uscc_invalid');
    expect(formErrorsOf(t, error, { 'organizations.uscc_invalid': ['organization', 'uscc'] })).toEqual([
      { name: ['organization', 'uscc'], errors: ['text:errors.organizations.uscc_invalid'] },
    ]);
  });

  it('finds no field for codes it was not told about or errors not from the server', () => {
    expect(formErrorsOf(t, new ApiError(409, 'users.username_taken'))).toEqual([]);
    expect(formErrorsOf(t, new ApiError(403, 'auth.forbidden'), { 'users.username_taken': 'username' })).toEqual([]);
    expect(formErrorsOf(t, new Error('boom'), { 'http.internal': 'name' })).toEqual([]);
  });
});
