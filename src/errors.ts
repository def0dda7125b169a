// Errors a user can act on. Their messages are shown as they are, so each one says what was
// wrong, with which value, and what to do about it. Never put a secret's value in one.

/** A problem the user fixes by changing their setup; the run stops without a stack trace. */
export class UserError extends Error {
  override name = 'UserError';
}

/** A refused input: the message names the input, the value and the fix. */
export class InputError extends UserError {
  override name = 'InputError';

  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`Input \`${input}\`: ${message}`);
  }
}
