/**
 * Errors with a retry policy. `BadInputError`: the input can never succeed, so the job fails at once
 * without retries and its message says what was wrong. The pure layers raise it without knowing the
 * queue; the BullMQ adapter (`workers/queues.ts`) turns it into BullMQ's `UnrecoverableError`.
 */
export class BadInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = this.constructor.name;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
