// No 0/O, 1/l/I: an initial password is read aloud or copied by hand.
const LETTERS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';

function pick(alphabet: string, random: number): string {
  return alphabet[random % alphabet.length]!;
}

/** A random initial password that meets the strength rule: 12 characters with letters and digits. */
export function generatePassword(length = 12): string {
  const random = crypto.getRandomValues(new Uint32Array(length));
  const chars = Array.from(random, (value, index) => pick(index % 3 === 2 ? DIGITS : LETTERS, value));
  return chars.join('');
}
