/**
 * Where to go after signing in, from a `?next=` parameter: only a path inside this app, so a crafted link cannot
 * send the user to another site (`//evil.example`, `https://…`) or loop back to the sign-in page.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/login' || next.startsWith('/login?') || next.startsWith('/setup')) return '/';
  return next;
}
