import type { VolunteerImportProblem } from './import-contracts.ts';

/**
 * The locale key (under volunteerImport.problems) and values that word one row problem. An ID number problem is
 * worded by which rule failed (校验位, 出生日期, 性别, …), since that tells the coordinator what to fix.
 */
export function problemMessage(problem: VolunteerImportProblem): {
  key: string;
  values: Record<string, string | number>;
} {
  const values = { value: problem.value ?? '', otherRow: problem.otherRow ?? '' };
  if (problem.code === 'id_number_invalid') {
    return { key: `volunteerImport.problems.id.${problem.problem ?? 'format'}`, values };
  }
  return { key: `volunteerImport.problems.${problem.code}`, values };
}
