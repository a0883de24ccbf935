import type { MessagePort } from 'node:worker_threads';

export interface BoundedPoster<T> {
  /** Posts, first waiting while `ahead` messages are unanswered. */
  post(message: T): Promise<void>;
  /** Messages posted and not yet answered: how far the other side is behind. */
  unanswered(): number;
}

/**
 * Posts messages to a port at most `ahead` before the other side has answered (any message back counts as one
 * answer), so a thread that produces faster than its consumer takes holds only a few batches. Runs inside worker
 * threads, so it imports nothing else.
 */
export function boundedPoster<T>(port: MessagePort, ahead: number): BoundedPoster<T> {
  let unanswered = 0;
  let answered: (() => void) | null = null;
  port.on('message', () => {
    unanswered--;
    answered?.();
    answered = null;
  });
  return {
    async post(message) {
      while (unanswered >= ahead) await new Promise<void>((resolve) => (answered = resolve));
      unanswered++;
      port.postMessage(message);
    },
    unanswered: () => unanswered,
  };
}
