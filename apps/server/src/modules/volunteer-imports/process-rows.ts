import type { RegistrySettings } from '@liandong/domain';
import type { Keys } from '../../secrets/keys.ts';
import type { VolunteerImportProblem } from './import-contracts.ts';
import { importNameSearchOf } from './import-name-search.ts';
import type { RosterRow } from './roster-reader.ts';
import { createRowValidator, type ImportTeam } from './roster-row-validator.ts';
import { encodeStagedRow } from './staged-rows.ts';

const NAME_CACHE_SIZE = 50_000;

/** What a preview checks rows against; plain data, so it can be handed to a worker thread. */
export interface RowProcessingContext {
  settings: RegistrySettings;
  /** The registry's teams the coordinator may fill in. */
  teams: readonly ImportTeam[];
  /** Today in the installation's time zone. */
  today: string;
}

/**
 * A batch of rows after checking, in forms cheap to pass between threads: for each row that has a valid ID number,
 * its row number and the number's lookup hash; the staged lines of the rows that passed every check, as one text;
 * and every problem found.
 */
export interface ProcessedBatch {
  /** Rows checked. */
  rowCount: number;
  rows: number[];
  idNumberHashes: string[];
  /** Lines for the staged file, each ending in a line break. */
  stagedText: string;
  stagedRows: number;
  problems: VolunteerImportProblem[];
}

/**
 * Checks batches of roster rows: each row on its own (see the row validator), then for rows that pass, the
 * numbers' lookup hashes, the name's search text and the staged line the commit will read (which seals the numbers).
 * Checks across rows are the caller's. The same code runs in the preview's worker thread and in the main thread.
 * Remembers the search text of names it has seen, as rosters repeat names.
 */
export function createRowProcessor(keys: Keys, { settings, teams, today }: RowProcessingContext) {
  const teamsByName = new Map<string, ImportTeam[]>();
  for (const team of teams) teamsByName.set(team.name, [...(teamsByName.get(team.name) ?? []), team]);
  const validate = createRowValidator({ settings, teamsByName, today });
  const nameSearches = new Map<string, string>();
  const nameSearchOf = (name: string) => {
    let search = nameSearches.get(name);
    if (search === undefined) {
      search = importNameSearchOf(name);
      // Bounded, so a roster of unique names cannot grow it without end.
      if (nameSearches.size >= NAME_CACHE_SIZE) nameSearches.clear();
      nameSearches.set(name, search);
    }
    return search;
  };

  return function processRows(rosterRows: readonly RosterRow[]): ProcessedBatch {
    const batch: ProcessedBatch = {
      rowCount: rosterRows.length,
      rows: [],
      idNumberHashes: [],
      stagedText: '',
      stagedRows: 0,
      problems: [],
    };
    const lines: string[] = [];
    for (const rosterRow of rosterRows) {
      const { problems, idNumber, volunteer } = validate(rosterRow);
      for (const problem of problems) batch.problems.push(problem);
      if (idNumber === null) continue;
      const idNumberHash = keys.lookupHash('id_number', idNumber);
      batch.rows.push(rosterRow.row);
      batch.idNumberHashes.push(idNumberHash);
      if (!volunteer) continue;
      lines.push(
        encodeStagedRow(volunteer, {
          idNumberHash,
          phoneHash: keys.lookupHash('phone', volunteer.phone),
          nameSearch: nameSearchOf(volunteer.name),
        }),
      );
    }
    batch.stagedRows = lines.length;
    batch.stagedText = lines.length === 0 ? '' : `${lines.join('\n')}\n`;
    return batch;
  };
}
