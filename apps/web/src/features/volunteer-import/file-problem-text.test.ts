import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api.ts';
import { fileProblemOf } from './file-problem-text.ts';

describe('fileProblemOf', () => {
  it('reads the reason and the missing columns of a refused file', () => {
    const error = new ApiError(400, 'volunteers.import_invalid_file', {
      reason: 'missing_columns',
      missingColumns: ['姓名*', '证件号码*', 7],
    });
    expect(fileProblemOf(error)).toEqual({
      reason: 'missing_columns',
      missingColumns: ['姓名*', '证件号码*'],
      maxRows: undefined,
    });
  });

  it('takes an unknown reason as "not a spreadsheet" and keeps the row limit', () => {
    expect(fileProblemOf(new ApiError(400, 'volunteers.import_invalid_file', { reason: 'odd' }))?.reason).toBe(
      'not_spreadsheet',
    );
    expect(
      fileProblemOf(new ApiError(400, 'volunteers.import_invalid_file', { reason: 'too_many_rows', maxRows: 200000 })),
    ).toMatchObject({ reason: 'too_many_rows', maxRows: 200000 });
  });

  it('is null for other errors', () => {
    expect(fileProblemOf(new ApiError(403, 'auth.forbidden'))).toBeNull();
    expect(fileProblemOf(new Error('x'))).toBeNull();
  });
});
