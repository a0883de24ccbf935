import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next.ts';

describe('safeNextPath', () => {
  it('keeps a path inside the app, with its query', () => {
    expect(safeNextPath('/organizations/abc?tab=members')).toBe('/organizations/abc?tab=members');
  });

  it('falls back to home for anything that could leave the app or loop', () => {
    for (const next of [
      null,
      undefined,
      '',
      'organizations',
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
    ]) {
      expect(safeNextPath(next), String(next)).toBe('/');
    }
    expect(safeNextPath('/login?next=/audit')).toBe('/');
    expect(safeNextPath('/setup')).toBe('/');
  });
});
