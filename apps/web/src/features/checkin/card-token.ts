const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The volunteer a personal card names. The card is `<payload>.<mac>` with the volunteer id as its base64url payload:
 * signed, not secret, so the lead's page can find the volunteer on its rosters before asking the server, which
 * checks the signature. Null for anything that is not such a card.
 */
export function volunteerIdOfCard(token: string): string | null {
  const parts = token.split('.');
  if (parts.length !== 2 || !parts[0] || !/^[A-Za-z0-9_-]+$/.test(parts[0])) return null;
  try {
    const base64 = parts[0].replaceAll('-', '+').replaceAll('_', '/');
    const payload = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
    return UUID.test(payload) ? payload : null;
  } catch {
    return null;
  }
}
