import { randomInt } from 'node:crypto';

// No I, l, O or 0-like letters: the password is read off a terminal and typed by hand.
const LETTERS = 'abcdefghjkmnpqrstuvwxyz';

/**
 * The demo database's one password, drawn fresh when the demo is generated and printed with the logins:
 * demo accounts never share a password with anything outside their own demo database.
 */
export function generateDemoPassword(): string {
  const word = Array.from({ length: 5 }, () => LETTERS[randomInt(LETTERS.length)]).join('');
  return `Demo-${word}-${String(randomInt(1000, 10000))}`;
}
