import type { Db } from '../../db/create-db.ts';
import type { Keys } from '../../secrets/keys.ts';
import type { VolunteerImportSampleRow } from './import-contracts.ts';
import type { StoredPreview } from './import-presenter.ts';
import { createProblemCollector } from './import-problems.ts';
import type { ProcessedBatch, RowProcessingContext } from './process-rows.ts';
import { processRoster } from './roster-worker.ts';
import { createStagedWriter, decodeStagedRow } from './staged-rows.ts';
import { createVolunteerImportsRepository } from './volunteer-imports.repository.ts';

const SAMPLE_ROWS = 5;

export interface PreviewRosterInput extends RowProcessingContext {
  db: Db;
  keys: Keys;
  /** For the worker thread, which derives the same keys in its own thread. */
  masterKey: Buffer;
  registryId: string;
  buffer: Buffer;
  fileName: string;
  /** Where the checked rows go for the commit; left behind only when no row has a problem. */
  stagedFile: string;
}

/**
 * Reads and checks every row of a roster without writing a volunteer: each row on its own (see process-rows.ts, and
 * roster-worker.ts for the threads that read and check a big file), then across rows — the same ID number twice in
 * the file (both rows flagged, each naming the other), and ID numbers the registry already holds (looked up by hash
 * in batches). Rows that pass are staged, sealed batch by batch, to a file in row order (see staged-rows.ts), so the
 * heap never holds the roster as objects.
 */
export async function previewRoster(input: PreviewRosterInput): Promise<{ totalRows: number; preview: StoredPreview }> {
  const { settings, teams, today } = input;
  const problems = createProblemCollector();
  // ID number lookup hash → the first row holding it; rows repeating it are listed apart (rarely any).
  const firstRowByHash = new Map<string, number>();
  const repeats = new Map<string, number[]>();
  const sampleLines: string[] = [];
  const writer = await createStagedWriter(input.stagedFile, input.keys);
  let totalRows = 0;

  /** Takes a checked batch: its problems, duplicate checks by hash, staging in row order. */
  async function receive(batch: ProcessedBatch) {
    totalRows += batch.rowCount;
    for (const problem of batch.problems) problems.add(problem);
    for (let i = 0; i < batch.rows.length; i++) {
      const row = batch.rows[i]!;
      const hash = batch.idNumberHashes[i]!;
      const first = firstRowByHash.get(hash);
      if (first === undefined) {
        firstRowByHash.set(hash, row);
        continue;
      }
      problems.add({ row, column: 'idNumber', code: 'duplicate_in_file', otherRow: first });
      const seen = repeats.get(hash);
      if (seen) seen.push(row);
      else {
        repeats.set(hash, [row]);
        problems.add({ row: first, column: 'idNumber', code: 'duplicate_in_file', otherRow: row });
      }
    }
    // Once any problem is known nothing will be committed, so staging stops.
    if (problems.count > 0 || batch.stagedRows === 0) return;
    await writer.write(batch.stagedText);
    if (sampleLines.length < SAMPLE_ROWS)
      for (const line of batch.stagedText.split('\n', SAMPLE_ROWS - sampleLines.length))
        if (line) sampleLines.push(line);
  }

  try {
    const { batches } = processRoster({ ...input, context: { settings, teams, today } });
    for await (const batch of batches) await receive(batch);

    const registered = await createVolunteerImportsRepository(input.db).registeredHashes(input.registryId, [
      ...firstRowByHash.keys(),
    ]);
    for (const hash of registered)
      for (const row of [firstRowByHash.get(hash)!, ...(repeats.get(hash) ?? [])])
        problems.add({ row, column: 'idNumber', code: 'already_registered' });

    const report = problems.report();
    if (report.problemCount > 0) await writer.discard();
    else await writer.finish();
    return {
      totalRows,
      preview: {
        validRows: totalRows - report.rowsWithProblems,
        problemCount: report.problemCount,
        problemCounts: report.problemCounts,
        problems: report.problems,
        problemsTruncated: report.problemsTruncated,
        sample: report.problemCount > 0 ? [] : sampleLines.map((line) => sampleRowOf(line, input)),
      },
    };
  } catch (error) {
    await writer.discard();
    throw error;
  }
}

/** A staged row as the preview shows it: masked, skills and teams by name. */
function sampleRowOf(line: string, { settings, teams }: RowProcessingContext): VolunteerImportSampleRow {
  const volunteer = decodeStagedRow(line);
  return {
    row: volunteer.row,
    name: volunteer.name,
    gender: volunteer.gender,
    birthDate: volunteer.birthDate,
    idType: volunteer.idType,
    idNumberMasked: volunteer.idNumberMasked,
    phoneMasked: volunteer.phoneMasked,
    skills: volunteer.skills.map((code) => settings.skills.find((skill) => skill.code === code)?.name ?? code),
    nationalNo: volunteer.nationalNo,
    teams: volunteer.teamIds.map((id) => teams.find((team) => team.id === id)?.name ?? id),
  };
}
