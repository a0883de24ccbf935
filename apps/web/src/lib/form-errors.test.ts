import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api.ts';
import { fieldErrorsOf } from './form-errors.ts';

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
