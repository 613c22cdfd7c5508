/**
 * Errors with a retry policy. `BadInputError` is BullMQ's `UnrecoverableError`: the job fails at
 * once, without retries, and its message says what was wrong with the input.
 */
import { UnrecoverableError } from 'bullmq';

export class BadInputError extends UnrecoverableError {
  constructor(message: string) {
    super(message);
    this.name = this.constructor.name;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
