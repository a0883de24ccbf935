import type { ErrorCode } from '@liandong/domain';

/** An error the client should see: a stable code, an HTTP status, optional machine-readable details. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    readonly details?: unknown,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = (code: ErrorCode) => new AppError(code, 404);
export const conflict = (code: ErrorCode, details?: unknown) => new AppError(code, 409, details);
export const badRequest = (code: ErrorCode, details?: unknown) => new AppError(code, 400, details);
