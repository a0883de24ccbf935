import type { ErrorCode } from '@liandong/domain';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { AppError } from '../../http/app-error.ts';

/** The 409 a form shows beside its name field when the parent already has something of that name. */
export const duplicateName = (code: ErrorCode) => new AppError(code, 409, [{ path: 'body.name' }]);

/**
 * Runs a write that checked for a same-named sibling first; if a concurrent request inserted one in between,
 * the unique constraint fires and the caller still gets the coded 409 rather than a 500.
 */
export async function refusingDuplicates<T>(code: ErrorCode, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName(code);
    throw error;
  }
}
