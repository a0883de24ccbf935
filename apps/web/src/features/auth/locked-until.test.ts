import { describe, expect, it } from 'vitest';
import { lockedUntilText } from './locked-until.ts';

describe('lockedUntilText', () => {
  const now = new Date(2026, 2, 14, 9, 30).getTime();

  it('gives the time alone when the lock lifts today', () => {
    const text = lockedUntilText({ lockedUntil: new Date(2026, 2, 14, 9, 45).getTime() }, 'zh-CN', now);
    expect(text).toBe('09:45');
  });

  it('adds the date when the lock lifts another day', () => {
    const text = lockedUntilText({ lockedUntil: new Date(2026, 2, 15, 0, 10).getTime() }, 'zh-CN', now);
    expect(text).toContain('3/15');
    expect(text).toContain('00:10');
  });

  it('gives null without a future instant', () => {
    expect(lockedUntilText(undefined, 'zh-CN', now)).toBeNull();
    expect(lockedUntilText({ lockedUntil: 'soon' }, 'zh-CN', now)).toBeNull();
    expect(lockedUntilText({ lockedUntil: now - 1 }, 'zh-CN', now)).toBeNull();
  });
});
