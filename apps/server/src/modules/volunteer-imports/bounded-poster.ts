import type { MessagePort } from 'node:worker_threads';

/**
 * Posts messages to a port at most `ahead` before the other side has answered (any message back counts as one
 * answer): the returned function waits while that many are unanswered, so a thread that produces faster than its
 * consumer takes holds only a few batches. Runs inside worker threads, so it imports nothing else.
 */
export function boundedPoster<T>(port: MessagePort, ahead: number): (message: T) => Promise<void> {
  let unanswered = 0;
  let answered: (() => void) | null = null;
  port.on('message', () => {
    unanswered--;
    answered?.();
    answered = null;
  });
  return async (message) => {
    while (unanswered >= ahead) await new Promise<void>((resolve) => (answered = resolve));
    unanswered++;
    port.postMessage(message);
  };
}
