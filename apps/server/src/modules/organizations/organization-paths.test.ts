import { describe, expect, it } from 'vitest';
import { commonAncestorPath, isWithin, pathFor } from './organization-paths.ts';

describe('organization paths', () => {
  it('builds a child path from its parent and a root path from nothing', () => {
    expect(pathFor('b', { path: '/a/' })).toBe('/a/b/');
    expect(pathFor('a', null)).toBe('/a/');
  });

  it('counts an organization within its own subtree but not within a sibling whose id it starts with', () => {
    expect(isWithin('/a/b/', '/a/')).toBe(true);
    expect(isWithin('/a/', '/a/')).toBe(true);
    expect(isWithin('/ab/', '/a/')).toBe(false);
    expect(isWithin('/a/', '/a/b/')).toBe(false);
  });

  it('finds the lowest organization above all given ones, or none across roots', () => {
    expect(commonAncestorPath(['/a/b/c/', '/a/b/d/'])).toBe('/a/b/');
    expect(commonAncestorPath(['/a/b/c/', '/a/b/'])).toBe('/a/b/');
    expect(commonAncestorPath(['/a/b/c/'])).toBe('/a/b/c/');
    expect(commonAncestorPath(['/a/bc/', '/a/bd/'])).toBe('/a/');
    expect(commonAncestorPath(['/a/b/', '/x/b/'])).toBeNull();
    expect(commonAncestorPath([])).toBeNull();
  });
});
