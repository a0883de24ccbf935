import type { Actor } from './actor.ts';
import { AppError } from './app-error.ts';

/** Narrows the request's actor on routes whose declared access already required a signed-in user. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError('auth.unauthenticated', 401);
  return actor;
}
