import { isStrongPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@liandong/domain';

export interface PasswordChecks {
  length: boolean;
  lettersAndDigits: boolean;
  notUsername: boolean;
}

/** The stated password rule, one check per part, so a form can show which parts are met as the user types. */
export function passwordChecks(password: string, username?: string): PasswordChecks {
  const name = username?.trim().toLowerCase();
  return {
    length: password.length >= PASSWORD_MIN_LENGTH && password.length <= PASSWORD_MAX_LENGTH,
    lettersAndDigits: /[A-Za-z]/.test(password) && /[0-9]/.test(password),
    notUsername: !name || !password.toLowerCase().includes(name),
  };
}

/** The same verdict the server gives (`isStrongPassword`), kept as one function so forms cannot drift from it. */
export function meetsPasswordRule(password: string, username?: string): boolean {
  return isStrongPassword(password, username?.trim() || undefined);
}
