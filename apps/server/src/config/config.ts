import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  LIANDONG_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL; leave it unset for the embedded database')
    .optional(),
  LIANDONG_TIME_ZONE: z.string().default('Asia/Shanghai'),
  LIANDONG_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set when the server sits behind HTTPS (directly or through a proxy) so cookies are marked Secure. */
  LIANDONG_SECURE_COOKIES: z.enum(['auto', 'true', 'false']).default('auto'),
  LIANDONG_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(120),
  LIANDONG_SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .default(24 * 7),
  LIANDONG_WEB_DIST: z.string().optional(),
  /**
   * Which peers may tell us the client's address and protocol (X-Forwarded-For/-Proto): addresses or CIDRs,
   * comma-separated, or 'loopback' (a reverse proxy on this machine), 'none', or 'true' for any peer.
   */
  LIANDONG_TRUST_PROXY: z.string().trim().default('loopback'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };
  timeZone: string;
  logLevel: z.infer<typeof envSchema>['LIANDONG_LOG_LEVEL'];
  secureCookies: 'auto' | 'true' | 'false';
  session: { idleMs: number; maxMs: number };
  /** Login throttling: failures allowed per username before a lockout, and how long it lasts. */
  login: { maxFailures: number; lockoutMs: number; windowMs: number };
  webDist: string | null;
  /** Fastify's trustProxy: whom to believe about the client's address (audit trail, per-address login limit). */
  trustProxy: boolean | string;
  /** Tests set this: a successful state-changing request that recorded no audit event fails loudly. */
  requireAuditOnWrites: boolean;
  /**
   * The 32-byte key every secret derives from. Null until the CLI resolves it (`resolveMasterKey`: reading or
   * generating a file is I/O, which loading the configuration does not do); buildApp refuses null.
   */
  masterKey: Buffer | null;
}

/** Reads configuration from the environment. Throws with every problem listed when a variable is invalid. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.LIANDONG_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: e.DATABASE_URL
      ? { dialect: 'postgres', url: e.DATABASE_URL }
      : { dialect: 'sqlite', file: path.join(dataDir, 'liandong.db') },
    timeZone: e.LIANDONG_TIME_ZONE,
    logLevel: e.LIANDONG_LOG_LEVEL,
    secureCookies: e.LIANDONG_SECURE_COOKIES,
    session: { idleMs: e.LIANDONG_SESSION_IDLE_MINUTES * 60_000, maxMs: e.LIANDONG_SESSION_MAX_HOURS * 3_600_000 },
    login: { maxFailures: 5, lockoutMs: 15 * 60_000, windowMs: 15 * 60_000 },
    webDist: e.LIANDONG_WEB_DIST ?? null,
    trustProxy: trustProxyOf(e.LIANDONG_TRUST_PROXY),
    requireAuditOnWrites: false,
    masterKey: null,
  };
}

// Trusting every peer would let any client forge its address in X-Forwarded-For, so 'true' must be asked for.
function trustProxyOf(value: string): boolean | string {
  if (value === '' || value === 'none' || value === 'false') return false;
  return value === 'true' ? true : value;
}

/** A configuration for tests and tools: in-memory defaults and a fixed master key, overridable. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({}),
    logLevel: 'silent',
    requireAuditOnWrites: true,
    masterKey: Buffer.alloc(32, 7),
    ...overrides,
  };
}
