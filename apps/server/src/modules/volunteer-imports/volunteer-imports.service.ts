import fs from 'node:fs';
import { defaultRegistrySettings } from '@liandong/domain';
import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from '../../app-deps.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { calendarDayOf } from '../../lib/calendar.ts';
import { newId } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findOrganizationFor } from '../organizations/find-organization.ts';
import type { OrganizationRow } from '../organizations/organizations.repository.ts';
import { loadRegistrySettings, registryRootFor } from '../volunteers/registries.ts';
import { canManageVolunteersIn } from '../volunteers/volunteers.policy.ts';
import { collisionsOf, commitImport } from './commit-import.ts';
import {
  VOLUNTEER_IMPORT_PROBLEMS_KEPT,
  type VolunteerImportCommit,
  type VolunteerImportListQuery,
} from './import-contracts.ts';
import { parseStoredPreview, presentImport, presentImportSummary, type StoredPreview } from './import-presenter.ts';
import { buildImportTemplate } from './import-template.ts';
import { previewRoster } from './preview-roster.ts';
import type { ImportTeam } from './roster-row-validator.ts';
import { removeStaleStagedFiles, stagedFileOf } from './staged-rows.ts';
import { createVolunteerImportsRepository } from './volunteer-imports.repository.ts';

// A preview nobody committed within this time is dropped from disk; committing it then answers volunteers.import_state.
const STAGED_FILE_MAX_AGE_MS = 3 * 24 * 3_600_000;
const FILE_NAME_MAX = 200;

const importNotFound = () => new AppError('volunteers.import_not_found', 404);

/** The upload's name as the list shows it: decoded from the header, without folders or control characters. */
export function uploadFileName(header: string | undefined): string {
  let name = header ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not URI-encoded after all: keep it as sent.
  }
  name = name
    .replace(/\p{Cc}/gu, '')
    .split(/[\\/]/)
    .pop()!
    .trim()
    .slice(0, FILE_NAME_MAX);
  return name === '' ? 'roster' : name;
}

/**
 * Excel roster imports: the template, a preview that checks every row and stages the good ones, and a commit that
 * writes them all in the background. Progress of a running commit lives in this process's memory, because the
 * rows being written are invisible to other connections until the single transaction commits.
 */
export function createVolunteerImportsService({ db, clock, config, keys }: AppDeps, log: FastifyBaseLogger) {
  const imports = createVolunteerImportsRepository(db);
  const progress = new Map<string, number>();
  const jobs = new Set<Promise<void>>();

  async function findImportFor(actor: Actor, id: string) {
    const row = await imports.findDetail(id);
    if (!row || !canManageVolunteersIn(actor, { path: row.organizationPath })) throw importNotFound();
    return row;
  }

  /** The registry's volunteer teams within the actor's reach whose registry really is this one (not a nested 义工联). */
  async function teamsOf(actor: Actor, registry: OrganizationRow): Promise<ImportTeam[]> {
    const teams: ImportTeam[] = [];
    for (const team of await imports.teamsWithin(registry.path)) {
      if (!canManageVolunteersIn(actor, team)) continue;
      if ((await registryRootFor(db, team)).id === registry.id) teams.push({ id: team.id, name: team.name });
    }
    return teams;
  }

  async function runCommit(
    row: Awaited<ReturnType<typeof findImportFor>>,
    input: VolunteerImportCommit,
    actor: Actor,
    meta: RequestMeta,
    preview: StoredPreview,
  ) {
    const stagedFile = stagedFileOf(config.dataDir, row.id);
    // The request has been answered: its audit marker no longer matters, and the job's own event is recorded below.
    const context = {
      actor,
      meta: { requestId: meta.requestId, ip: meta.ip, userAgent: meta.userAgent },
      now: clock.now(),
    };
    try {
      const settings = await loadRegistrySettings(db, row.registryId);
      await commitImport(db, {
        importId: row.id,
        registryId: row.registryId,
        localNoPrefix: settings.localNoPrefix,
        home: { id: row.organizationId, path: row.organizationPath },
        fileName: row.fileName,
        stagedRows: preview.validRows,
        stagedFile,
        keys,
        masterKey: config.masterKey!,
        status: input.status,
        context,
        onProgress: (processed) => progress.set(row.id, processed),
      });
    } catch (error) {
      const collided = isUniqueViolation(error);
      if (!collided) log.error({ err: error, importId: row.id }, 'volunteer import failed');
      const collisions = collided ? await collisionsOf(db, row.registryId, stagedFile, keys).catch(() => []) : [];
      const failedPreview: StoredPreview =
        collisions.length === 0
          ? preview
          : {
              ...preview,
              validRows: preview.validRows - collisions.length,
              problemCount: collisions.length,
              problemCounts: { already_registered: collisions.length },
              problems: collisions.slice(0, VOLUNTEER_IMPORT_PROBLEMS_KEPT),
              problemsTruncated: collisions.length > VOLUNTEER_IMPORT_PROBLEMS_KEPT,
            };
      // Gone before the status says failed, so whoever sees the failure finds nothing left behind.
      await fs.promises.rm(stagedFile, { force: true });
      await imports.updateFrom(row.id, 'running', {
        status: 'failed',
        errorCode: collided ? 'volunteers.already_registered' : 'http.internal',
        processedRows: 0,
        importedRows: 0,
        problems: JSON.stringify(failedPreview),
        finishedAt: clock.now(),
      });
    } finally {
      progress.delete(row.id);
      await fs.promises.rm(stagedFile, { force: true });
    }
  }

  return {
    /** The template; with an organization, its registry's skills and the teams the actor may fill in. */
    async template(actor: Actor, organizationId: string | undefined) {
      if (!organizationId) return buildImportTemplate({ skills: defaultRegistrySettings().skills, teamNames: [] });
      const organization = await findOrganizationFor(db, actor, organizationId, canManageVolunteersIn);
      const registry = await registryRootFor(db, organization);
      const settings = await loadRegistrySettings(db, registry.id);
      const teams = await teamsOf(actor, registry);
      return buildImportTemplate({ skills: settings.skills, teamNames: [...new Set(teams.map((team) => team.name))] });
    },

    /**
     * Checks an uploaded roster for the organization's registry (the volunteers' home is that organization) and
     * records the import as previewed with what it found. Nothing is written to the registry.
     */
    async preview(actor: Actor, organizationId: string, file: { buffer: Buffer; fileName: string }, meta: RequestMeta) {
      const organization = await findOrganizationFor(db, actor, organizationId, canManageVolunteersIn);
      const registry = await registryRootFor(db, organization);
      const settings = await loadRegistrySettings(db, registry.id);
      const teams = await teamsOf(actor, registry);
      await removeStaleStagedFiles(config.dataDir, STAGED_FILE_MAX_AGE_MS);
      const id = newId();
      const stagedFile = stagedFileOf(config.dataDir, id);
      const { totalRows, preview } = await previewRoster({
        db,
        keys,
        // buildApp refuses to start without the master key, so it is there.
        masterKey: config.masterKey!,
        registryId: registry.id,
        settings,
        teams,
        today: calendarDayOf(clock.now(), config.timeZone),
        buffer: file.buffer,
        fileName: file.fileName,
        stagedFile,
      });
      const now = clock.now();
      try {
        await db.transaction().execute(async (trx) => {
          await createVolunteerImportsRepository(trx).insert({
            id,
            registryId: registry.id,
            organizationId: organization.id,
            fileName: file.fileName,
            status: 'previewed',
            totalRows,
            processedRows: 0,
            importedRows: 0,
            problems: JSON.stringify(preview),
            errorCode: null,
            createdBy: actor.userId,
            createdAt: now,
            finishedAt: null,
          });
          await recordAudit(
            trx,
            { actor, meta, now },
            {
              action: 'volunteers.import_preview',
              entityType: 'volunteer_import',
              entityId: id,
              after: {
                organizationId: organization.id,
                fileName: file.fileName,
                totalRows,
                validRows: preview.validRows,
                problemCount: preview.problemCount,
              },
              scopePath: organization.path,
            },
          );
        });
      } catch (error) {
        await fs.promises.rm(stagedFile, { force: true });
        throw error;
      }
      return presentImport((await imports.findDetail(id))!);
    },

    async get(actor: Actor, id: string) {
      const row = await findImportFor(actor, id);
      return presentImport(row, progress.get(id));
    },

    async list(actor: Actor, organizationId: string, query: VolunteerImportListQuery) {
      const organization = await findOrganizationFor(db, actor, organizationId, canManageVolunteersIn);
      const { items, total } = await imports.listWithin(organization.path, query);
      return {
        items: items.map((row) => presentImportSummary(row, progress.get(row.id))),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /**
     * Starts writing a previewed import that found no problems and answers at once with it running; the rows are
     * written in the background (see commitImport), and GET shows the progress and then done or failed.
     */
    async commit(actor: Actor, id: string, input: VolunteerImportCommit, meta: RequestMeta) {
      const row = await findImportFor(actor, id);
      const preview = parseStoredPreview(row.problems, row.totalRows);
      if (row.status === 'previewed' && preview.problemCount > 0)
        throw new AppError('volunteers.import_has_problems', 409, { problemCount: preview.problemCount });
      if (row.status !== 'previewed') throw new AppError('volunteers.import_state', 409, { status: row.status });
      const stagedFile = stagedFileOf(config.dataDir, id);
      if (!fs.existsSync(stagedFile)) throw new AppError('volunteers.import_state', 409, { status: 'expired' });
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        if (!(await createVolunteerImportsRepository(trx).updateFrom(id, 'previewed', { status: 'running' })))
          throw new AppError('volunteers.import_state', 409, { status: 'running' });
        await recordAudit(
          trx,
          { actor, meta, now },
          {
            action: 'volunteers.import_start',
            entityType: 'volunteer_import',
            entityId: id,
            before: { status: 'previewed' },
            after: { status: 'running', volunteerStatus: input.status, rows: preview.validRows },
            scopePath: row.organizationPath,
          },
        );
      });
      progress.set(id, 0);
      const job = runCommit(row, input, actor, meta, preview).catch((error) =>
        log.error({ err: error, importId: id }, 'volunteer import bookkeeping failed'),
      );
      jobs.add(job);
      void job.finally(() => jobs.delete(job));
      return presentImport({ ...row, status: 'running' }, 0);
    },

    /** Waits for running commits, so closing the app never cuts one off mid-transaction. */
    async drain() {
      await Promise.all([...jobs]);
    },
  };
}

export type VolunteerImportsService = ReturnType<typeof createVolunteerImportsService>;
