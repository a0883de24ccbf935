/**
 * A mistake or refusal the person at the terminal can act on: main.ts prints its message alone
 * (no stack trace) and exits with its code.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
