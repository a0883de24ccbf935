import {
  isValidUscc,
  type Organization,
  type OrganizationCreate,
  type OrganizationKind,
  type OrganizationUpdate,
} from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findOrganizationFor } from './find-organization.ts';
import { insertOrganization, newOrganizationRow } from './insert-organization.ts';
import { moveCopiedPaths } from './move-copied-paths.ts';
import { isWithin, pathFor } from './organization-paths.ts';
import { presentOrganization, presentTreeNode } from './organization-presenter.ts';
import {
  canCreateOrganizationUnder,
  canManageOrganization,
  canMoveOrganization,
  scopePathOf,
} from './organizations.policy.ts';
import { createOrganizationsRepository, type OrganizationRow } from './organizations.repository.ts';

export interface OrganizationListQuery {
  q?: string | undefined;
  kind?: OrganizationKind | undefined;
  parentId?: string | undefined;
  page: number;
  pageSize: number;
}

type References = Pick<OrganizationUpdate, 'uscc' | 'regionCode' | 'communityId'>;

const notFound = () => new AppError('organizations.not_found', 404);
const parentNotFound = () => new AppError('organizations.parent_not_found', 404, [{ path: 'body.parentId' }]);

export function createOrganizationsService({ db, clock }: AppDeps) {
  const organizations = createOrganizationsRepository(db);

  async function detail(id: string): Promise<Organization> {
    const row = await organizations.findDetailById(id);
    if (!row) throw notFound();
    return presentOrganization(row);
  }

  /** The checks the database cannot make: the USCC check character, and that the region and community exist. */
  async function assertReferences(input: References, organizationId: string | null) {
    if (input.uscc) {
      if (!isValidUscc(input.uscc)) throw new AppError('organizations.uscc_invalid', 400, [{ path: 'body.uscc' }]);
      const holder = await organizations.findByUscc(input.uscc);
      if (holder && holder.id !== organizationId) throw usccTaken();
    }
    if (input.regionCode && !(await organizations.regionExists(input.regionCode)))
      throw new AppError('regions.not_found', 400, [{ path: 'body.regionCode' }]);
    if (input.communityId && !(await organizations.communityExists(input.communityId)))
      throw new AppError('communities.not_found', 400, [{ path: 'body.communityId' }]);
  }

  const usccTaken = () => new AppError('organizations.uscc_taken', 409, [{ path: 'body.uscc' }]);

  /** A concurrent write may take the same USCC between the check and the write; the unique index then decides. */
  function rethrowAsUsccTaken(error: unknown): never {
    throw isUniqueViolation(error) ? usccTaken() : error;
  }

  /** Where the organization would hang after a move, after checking the actor may put it there. */
  async function resolveNewParent(actor: Actor, organization: OrganizationRow, parentId: string | null) {
    if (!canMoveOrganization(actor, organization)) throw new AppError('auth.forbidden', 403);
    if (parentId === null) {
      if (!canCreateOrganizationUnder(actor, null)) throw new AppError('auth.forbidden', 403);
      return null;
    }
    const parent = await findOrganizationFor(db, actor, parentId, canManageOrganization, parentNotFound);
    if (isWithin(parent.path, organization.path))
      throw new AppError('organizations.cycle', 400, [{ path: 'body.parentId' }]);
    return parent;
  }

  return {
    async list(actor: Actor, query: OrganizationListQuery) {
      const { items, total } = await organizations.list({ ...query, scopePath: scopePathOf(actor) });
      return { items: items.map(presentOrganization), total, page: query.page, pageSize: query.pageSize };
    },

    async tree(actor: Actor) {
      const rows = await organizations.listTree(scopePathOf(actor));
      // Sorted here too, so parents precede children whatever the database's collation.
      rows.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      return { items: rows.map(presentTreeNode) };
    },

    async get(actor: Actor, id: string) {
      await findOrganizationFor(db, actor, id);
      return detail(id);
    },

    async create(actor: Actor, input: OrganizationCreate, meta: RequestMeta) {
      const { parentId, ...fields } = input;
      if (parentId === null && !canCreateOrganizationUnder(actor, null)) throw new AppError('auth.forbidden', 403);
      const parent =
        parentId === null
          ? null
          : await findOrganizationFor(db, actor, parentId, canCreateOrganizationUnder, parentNotFound);
      await assertReferences(input, null);

      const now = clock.now();
      const id = newId();
      const organization = newOrganizationRow(id, parent, fields, now);
      try {
        await db.transaction().execute((trx) => insertOrganization(trx, { actor, meta, now }, organization));
      } catch (error) {
        rethrowAsUsccTaken(error);
      }
      return detail(id);
    },

    async update(actor: Actor, id: string, input: OrganizationUpdate, meta: RequestMeta) {
      const organization = await findOrganizationFor(db, actor, id, canManageOrganization);
      const { parentId, ...fields } = input;
      const moves = parentId !== undefined && parentId !== organization.parentId;
      const parent = moves ? await resolveNewParent(actor, organization, parentId) : undefined;
      await assertReferences(fields, id);

      const now = clock.now();
      const changes = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
      try {
        await db.transaction().execute(async (trx) => {
          const repository = createOrganizationsRepository(trx);
          await repository.update(id, {
            ...changes,
            ...(moves ? { parentId: parent?.id ?? null } : {}),
            updatedAt: now,
          });
          if (parent !== undefined) {
            const newDepth = parent ? parent.depth + 1 : 0;
            await repository.movePaths(organization.path, pathFor(id, parent), newDepth - organization.depth);
            await moveCopiedPaths(trx, organization.path, pathFor(id, parent));
          }
          const after = await repository.findById(id);
          await recordAudit(
            trx,
            { actor, meta, now },
            {
              action: moves ? 'organizations.move' : 'organizations.update',
              entityType: 'organization',
              entityId: id,
              before: organization,
              after,
              scopePath: after?.path ?? organization.path,
            },
          );
        });
      } catch (error) {
        rethrowAsUsccTaken(error);
      }
      return detail(id);
    },
  };
}

export type OrganizationsService = ReturnType<typeof createOrganizationsService>;
