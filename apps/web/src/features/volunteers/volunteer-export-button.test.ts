import { describe, expect, it } from 'vitest';
import { exportUrlOf } from './volunteer-export-button.tsx';

describe('exportUrlOf', () => {
  it('carries the list filters but not its page', () => {
    expect(exportUrlOf({ q: '张 伟', status: 'active', organizationId: 'o1', skill: 'first_aid', page: 3 })).toBe(
      '/api/volunteers/export.xlsx?q=%E5%BC%A0+%E4%BC%9F&status=active&organizationId=o1&skill=first_aid',
    );
  });

  it('asks for full numbers only when told', () => {
    expect(exportUrlOf({ page: 1 })).toBe('/api/volunteers/export.xlsx');
    expect(exportUrlOf({ page: 1 }, true)).toBe('/api/volunteers/export.xlsx?reveal=1');
  });
});
