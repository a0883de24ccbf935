import fs from 'node:fs';
import type { Insertable } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import { newId } from '../../lib/ids.ts';
import type { Keys } from '../../secrets/keys.ts';
import { type AuditContext, recordAudit } from '../audit/record-audit.ts';
import { createOrganizationsRepository } from '../organizations/organizations.repository.ts';
import { ensureRegistry } from '../volunteers/registries.ts';
import { localNumberOf } from '../volunteers/volunteers.service.ts';
import type { VolunteersTable, VolunteerTeamMembershipsTable } from '../volunteers/volunteers.table.ts';
import { sealStagedRows } from './commit-worker.ts';
import { deferVolunteerCounts } from './deferred-volunteer-counts.ts';
import type { VolunteerImportProblem } from './import-contracts.ts';
import { readStagedBatches } from './staged-rows.ts';
import { createVolunteerImportsRepository } from './volunteer-imports.repository.ts';

const BATCH_ROWS = 500;

export interface CommitImportInput {
  importId: string;
  registryId: string;
  localNoPrefix: string;
  home: { id: string; path: string };
  fileName: string;
  /** How many rows the preview staged: the local numbers taken up front. */
  stagedRows: number;
  stagedFile: string;
  keys: Keys;
  /** For the sealing worker thread, which derives the same keys in its own thread. */
  masterKey: Buffer;
  status: 'prospective' | 'active';
  context: AuditContext;
  /** Called after every batch with the rows written so far (the transaction hides them from other connections). */
  onProgress: (processedRows: number) => void;
}

/**
 * Writes every staged row in one transaction: the local numbers taken in one update, volunteers and team memberships
 * in multi-row inserts, the volunteers counted for the statistics in one write (deferred-volunteer-counts.ts), one
 * `volunteers.import` audit event with the counts, and the import marked done. The rows are sealed for their
 * columns as they are written (see commit-worker.ts). Any error (a unique violation when someone registered a
 * listed person since the preview) rolls all of it back.
 */
export async function commitImport(db: Db, input: CommitImportInput): Promise<number> {
  const { context, home, status } = input;
  const now = context.now;
  const actorId = context.actor?.userId ?? null;
  return db.transaction().execute(async (trx) => {
    const repository = createVolunteerImportsRepository(trx);
    const teamPaths = new Map<string, string>();
    await ensureRegistry(trx, input.registryId, now);
    let sequence = await repository.takeLocalNumbers(input.registryId, input.stagedRows);
    const counts = await deferVolunteerCounts(trx);
    let processed = 0;
    const { batches } = sealStagedRows({
      stagedFile: input.stagedFile,
      keys: input.keys,
      masterKey: input.masterKey,
      stagedRows: input.stagedRows,
      batchRows: BATCH_ROWS,
    });
    for await (const batch of batches) {
      const unknownTeams = [...new Set(batch.flatMap((row) => row.teamIds))].filter((id) => !teamPaths.has(id));
      for (const team of await createOrganizationsRepository(trx).findManyByIds(unknownTeams))
        teamPaths.set(team.id, team.path);
      const volunteers: Insertable<VolunteersTable>[] = [];
      const memberships: Insertable<VolunteerTeamMembershipsTable>[] = [];
      for (const staged of batch) {
        const id = newId();
        volunteers.push({
          id,
          registryId: input.registryId,
          homeOrganizationId: home.id,
          homePath: home.path,
          userId: null,
          localNo: localNumberOf(input.localNoPrefix, sequence++),
          nationalNo: staged.nationalNo,
          name: staged.name,
          nameSearch: staged.nameSearch,
          gender: staged.gender,
          birthDate: staged.birthDate,
          idType: staged.idType,
          idNumberCipher: staged.idNumberCipher,
          idNumberHash: staged.idNumberHash,
          idNumberMasked: staged.idNumberMasked,
          phoneCipher: staged.phoneCipher,
          phoneHash: staged.phoneHash,
          phoneMasked: staged.phoneMasked,
          skills: JSON.stringify(staged.skills),
          availability: '[]',
          status,
          source: 'import',
          registeredAt: now,
          approvedAt: status === 'active' ? now : null,
          approvedBy: status === 'active' ? actorId : null,
          statusChangedAt: now,
          statusReason: null,
          createdBy: actorId,
          createdAt: now,
          updatedAt: now,
        });
        for (const teamId of staged.teamIds) {
          const teamPath = teamPaths.get(teamId);
          // A team removed since the preview: the insert fails on its reference and the import with it.
          memberships.push({
            id: newId(),
            volunteerId: id,
            teamId,
            teamPath: teamPath ?? '',
            role: 'member',
            joinedAt: now,
            createdBy: actorId,
          });
        }
      }
      await repository.insertVolunteers(volunteers);
      if (memberships.length > 0) await repository.insertTeamMemberships(memberships);
      processed += batch.length;
      input.onProgress(processed);
    }
    if (processed !== input.stagedRows)
      throw new Error(`staged file holds ${processed} rows, expected ${input.stagedRows}`);
    await counts.finish(home.path, status, processed);
    // Every row is read: whatever happens now, the import ends done or failed, and neither needs the file again.
    await fs.promises.rm(input.stagedFile, { force: true });
    await recordAudit(trx, context, {
      action: 'volunteers.import',
      entityType: 'volunteer_import',
      entityId: input.importId,
      after: { fileName: input.fileName, organizationId: home.id, importedRows: processed, status },
      scopePath: home.path,
    });
    await repository.updateFrom(input.importId, 'running', {
      status: 'done',
      processedRows: processed,
      importedRows: processed,
      finishedAt: now,
    });
    return processed;
  });
}

/**
 * The staged rows whose ID number the registry now holds: after a commit failed on a unique violation, these are
 * the people someone registered between the preview and the commit, reported like the preview's problems.
 */
export async function collisionsOf(
  db: Db,
  registryId: string,
  stagedFile: string,
  keys: Keys,
): Promise<VolunteerImportProblem[]> {
  const repository = createVolunteerImportsRepository(db);
  const problems: VolunteerImportProblem[] = [];
  for await (const batch of readStagedBatches(stagedFile, keys, BATCH_ROWS)) {
    const found = await repository.registeredHashes(
      registryId,
      batch.map((row) => row.idNumberHash),
    );
    for (const row of batch)
      if (found.has(row.idNumberHash)) problems.push({ row: row.row, column: 'idNumber', code: 'already_registered' });
  }
  return problems;
}
