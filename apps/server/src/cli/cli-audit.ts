import type { RequestMeta } from '../http/actor.ts';

/** How a change made at the terminal appears in the audit trail: no signed-in actor, the CLI as the user agent. */
export const CLI_AUDIT_META: RequestMeta = { requestId: 'cli', ip: null, userAgent: 'liandong-cli' };
