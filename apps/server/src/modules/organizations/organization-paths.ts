/**
 * Organizations carry `path` = '/rootId/childId/.../'. A subtree is every organization whose path starts with its
 * top's path; these helpers keep that rule in one place.
 */
export const pathFor = (id: string, parent: { path: string } | null): string =>
  parent ? `${parent.path}${id}/` : `/${id}/`;

export const isWithin = (path: string, scopePath: string): boolean => path.startsWith(scopePath);

/**
 * The path of the lowest organization above (or equal to) every given one, or null when they share none
 * (different roots, or no paths at all): an audit event about them is then visible to platform administrators only.
 */
export function commonAncestorPath(paths: readonly string[]): string | null {
  const [first, ...rest] = paths.map((path) => path.split('/').filter(Boolean));
  if (!first) return null;
  let length = first.length;
  for (const segments of rest) {
    let shared = 0;
    while (shared < Math.min(length, segments.length) && segments[shared] === first[shared]) shared++;
    length = shared;
  }
  return length > 0 ? `/${first.slice(0, length).join('/')}/` : null;
}
