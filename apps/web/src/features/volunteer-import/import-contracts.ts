// The roster import contracts the import pages use, in one place.
export {
  VOLUNTEER_IMPORT_COLUMNS,
  VOLUNTEER_IMPORT_FILE_NAME_HEADER,
  VOLUNTEER_IMPORT_FILE_PROBLEMS,
  VOLUNTEER_IMPORT_MAX_BYTES,
  VOLUNTEER_IMPORT_PROBLEM_CODES,
  type VolunteerImport,
  type VolunteerImportColumn,
  type VolunteerImportFileProblem,
  type VolunteerImportProblem,
  type VolunteerImportProblemCode,
  type VolunteerImportSampleRow,
} from '@liandong/domain';
