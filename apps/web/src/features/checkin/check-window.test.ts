import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api.ts';
import { isRetryable, windowOfRefusal } from './check-window.ts';

describe('a refused check-in', () => {
  it('tells when the window opens and closes', () => {
    const error = new ApiError(409, 'checkin.window_closed', { opensAt: 100, closesAt: 200 });
    expect(windowOfRefusal(error)).toEqual({ opensAt: 100, closesAt: 200 });
  });

  it('tells nothing for other errors or missing details', () => {
    expect(windowOfRefusal(new ApiError(409, 'checkin.not_signed_up', { opensAt: 1, closesAt: 2 }))).toBeNull();
    expect(windowOfRefusal(new ApiError(409, 'checkin.window_closed'))).toBeNull();
    expect(windowOfRefusal(new Error('checkin.window_closed'))).toBeNull();
  });

  it('is retried only after a lost connection or a server failure', () => {
    expect(isRetryable(new ApiError(0, 'network.offline'))).toBe(true);
    expect(isRetryable(new ApiError(503, 'http.internal'))).toBe(true);
    expect(isRetryable(new ApiError(400, 'checkin.token_expired'))).toBe(false);
    expect(isRetryable(new Error('x'))).toBe(false);
  });
});
