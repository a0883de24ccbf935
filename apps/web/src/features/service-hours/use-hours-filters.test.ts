import { describe, expect, it } from 'vitest';
import { hoursFiltersOf, hoursQueryOf } from './use-hours-filters.ts';

describe('hoursFiltersOf', () => {
  it('opens on what waits for a decision, 50 a page', () => {
    expect(hoursFiltersOf(new URLSearchParams())).toEqual({
      status: 'pending',
      source: undefined,
      from: undefined,
      to: undefined,
      organizationId: undefined,
      activityId: undefined,
      flagged: false,
      page: 1,
      pageSize: 50,
    });
  });

  it('reads every filter from the address', () => {
    const filters = hoursFiltersOf(
      new URLSearchParams(
        'status=all&source=self_report&from=2026-11-01&to=2026-11-30&org=o1&activity=a1&flagged=1&page=3&size=100',
      ),
    );
    expect(filters).toMatchObject({
      status: 'all',
      source: 'self_report',
      from: '2026-11-01',
      to: '2026-11-30',
      organizationId: 'o1',
      activityId: 'a1',
      flagged: true,
      page: 3,
      pageSize: 100,
    });
  });

  it('ignores values a hand-edited address may hold', () => {
    const filters = hoursFiltersOf(new URLSearchParams('status=maybe&source=fax&from=11/01&page=-2&size=7'));
    expect(filters).toMatchObject({ status: 'pending', source: undefined, from: undefined, page: 1, pageSize: 50 });
  });
});

describe('hoursQueryOf', () => {
  it('sends flagged only when asked and never the paging', () => {
    const query = hoursQueryOf(hoursFiltersOf(new URLSearchParams('page=2')));
    expect(query.flagged).toBeUndefined();
    expect(query).not.toHaveProperty('page');
    expect(hoursQueryOf(hoursFiltersOf(new URLSearchParams('flagged=1'))).flagged).toBe(true);
  });
});
