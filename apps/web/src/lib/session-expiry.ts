/**
 * Remembers that the session ended under the user's feet (expired, revoked by a password change elsewhere), so the
 * sign-in page can say why it appeared. Kept in memory only: a reload starts fresh.
 */
let expired = false;

export function noteSessionExpired(): void {
  expired = true;
}

export function wasSessionExpired(): boolean {
  return expired;
}

export function clearSessionExpired(): void {
  expired = false;
}
