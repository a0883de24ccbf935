import type { Organization } from '@liandong/domain';
import type { FastifyInstance } from 'fastify';
import type { DemoCalendar } from './demo-calendar.ts';
import { DemoClient } from './demo-client.ts';

/** What the later steps of the demo build on: the app, the signed-in staff, the organizations and the calendar. */
export interface DemoWorld {
  app: FastifyInstance;
  password: string;
  calendar: DemoCalendar;
  /** The platform administrator: the only one who may name an organization of another tree as co-organizer. */
  admin: DemoClient;
  /** 郑雨桐, the 义工联's volunteer coordinator: registers volunteers, plans activities, records hours. */
  coordinator: DemoClient;
  /** 蒋明哲, the 义工联's administrator: configures the registry and approves hours (谁记录谁证明: not the recorder). */
  federationAdmin: DemoClient;
  organizations: Map<string, Organization>;
  /** User ids by username, for naming an activity's lead. */
  userIds: Map<string, string>;
}

/** The id of a demo organization by its key (demo-organizations.ts); throws on a key the demo does not have. */
export function organizationId(world: Pick<DemoWorld, 'organizations'>, key: string): string {
  const organization = world.organizations.get(key);
  if (!organization) throw new Error(`Demo data: unknown organization ${key}`);
  return organization.id;
}

/** The user id of a demo account by username; throws on one the demo did not create. */
export function userId(world: Pick<DemoWorld, 'userIds'>, username: string): string {
  const id = world.userIds.get(username);
  if (!id) throw new Error(`Demo data: unknown user ${username}`);
  return id;
}

/** A client signed in as `username` with the demo password. */
export async function signIn(app: FastifyInstance, username: string, password: string): Promise<DemoClient> {
  const client = new DemoClient(app);
  await client.post('/api/auth/login', { username, password });
  return client;
}
