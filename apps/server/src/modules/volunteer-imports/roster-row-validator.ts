import {
  ageOn,
  checkIdentityDocument,
  type Gender,
  type IdType,
  maskIdNumber,
  maskPhone,
  minorRequirements,
  normalizeIdNumber,
  normalizePhone,
  type RegistrySettings,
  toHalfWidth,
} from '@liandong/domain';
import { cellDay, cellText, isNumberBeyondPrecision } from './cell-values.ts';
import {
  IMPORT_GENDER_NAMES,
  IMPORT_ID_TYPE_NAMES,
  VOLUNTEER_IMPORT_COLUMN_KEYS,
  type VolunteerImportColumn,
  type VolunteerImportProblem,
} from './import-contracts.ts';
import type { RosterRow } from './roster-reader.ts';

/** A row that passed every check on its own: values normalized, numbers masked, not yet sealed. */
export interface CheckedVolunteer {
  row: number;
  name: string;
  gender: Gender;
  birthDate: string;
  idType: IdType;
  /** Normalized; sealed before it is written anywhere (see staged-rows.ts). */
  idNumber: string;
  idNumberMasked: string;
  /** Normalized; sealed before it is written anywhere (see staged-rows.ts). */
  phone: string;
  phoneMasked: string;
  skills: string[];
  nationalNo: string | null;
  teamIds: string[];
}

export interface CheckedRow {
  problems: VolunteerImportProblem[];
  /** The normalized ID number whenever the number itself passed, for the checks across rows. */
  idNumber: string | null;
  volunteer: CheckedVolunteer | null;
}

/** A volunteer team of the registry that the importing coordinator may add people to. */
export interface ImportTeam {
  id: string;
  name: string;
}

export interface RowValidationContext {
  settings: RegistrySettings;
  /** Teams by name; a name shared by two teams cannot say which one is meant. */
  teamsByName: ReadonlyMap<string, readonly ImportTeam[]>;
  /** Today in the installation's time zone, for ages and "not in the future". */
  today: string;
}

const LIST_SEPARATORS = /[、,，;；\n]/;
const CONTROL_CHARACTERS = /\p{Cc}/u;
const NAME_MAX = 50;
const NATIONAL_NO_MAX = 40;
const VALUE_MAX = 50;

const COLUMN = Object.fromEntries(VOLUNTEER_IMPORT_COLUMN_KEYS.map((key, index) => [key, index])) as Record<
  VolunteerImportColumn,
  number
>;

/** Looks names up as written, ignoring full-width forms, spaces and letter case. */
const lookupKey = (text: string) => toHalfWidth(text).replace(/\s+/g, '').toLowerCase();

function lookupTable<T>(entries: Record<string, readonly string[]>): Map<string, T> {
  return new Map(
    Object.entries(entries).flatMap(([value, names]) => names.map((name) => [lookupKey(name), value as T])),
  );
}

// Sheets exported from other systems write M/F or English words.
const GENDER_BY_NAME = lookupTable<Gender>({
  male: [...IMPORT_GENDER_NAMES.male, 'M', 'male'],
  female: [...IMPORT_GENDER_NAMES.female, 'F', 'female'],
});
const ID_TYPE_BY_NAME = lookupTable<IdType>(IMPORT_ID_TYPE_NAMES);

const splitList = (text: string) =>
  text === ''
    ? []
    : text
        .split(LIST_SEPARATORS)
        .map((item) => item.trim())
        .filter(Boolean);

/**
 * Checks one roster row the way staff registration checks a form — required fields, dates, 性别 and 证件类型
 * values, the identity document against the row's own birth date and gender, phone, skills and teams by name, the
 * registry's minimum age. Checks across rows (duplicates, already registered) and sealing are the caller's.
 */
export function createRowValidator({ settings, teamsByName, today }: RowValidationContext) {
  const skillByName = new Map<string, string>();
  for (const skill of settings.skills) {
    skillByName.set(lookupKey(skill.code), skill.code);
    skillByName.set(lookupKey(skill.name), skill.code);
  }

  return function validateRow({ row, cells }: RosterRow): CheckedRow {
    const problems: VolunteerImportProblem[] = [];
    const flag = (column: VolunteerImportColumn, code: VolunteerImportProblem['code'], value?: string) =>
      problems.push(
        value === undefined ? { row, column, code } : { row, column, code, value: value.slice(0, VALUE_MAX) },
      );
    const text = (column: VolunteerImportColumn) => {
      const value = cellText(cells[COLUMN[column]]);
      if (value === '' && column !== 'skills' && column !== 'nationalNo' && column !== 'teams')
        flag(column, 'required');
      return value;
    };

    const name = text('name');
    if (name.length > NAME_MAX) flag('name', 'too_long');
    else if (CONTROL_CHARACTERS.test(name)) flag('name', 'invalid_text');

    const genderText = text('gender');
    const gender = genderText === '' ? null : (GENDER_BY_NAME.get(lookupKey(genderText)) ?? null);
    if (genderText !== '' && gender === null) flag('gender', 'gender_invalid');

    let birthDate: string | null = null;
    if (text('birthDate') !== '') {
      birthDate = cellDay(cells[COLUMN.birthDate]);
      if (birthDate === null || birthDate > today) {
        flag('birthDate', 'date_invalid');
        birthDate = null;
      } else if (minorRequirements(ageOn(birthDate, today), settings.minorsPolicy).forbidden) {
        flag('birthDate', 'under_minimum_age');
      }
    }

    const idTypeText = text('idType');
    const idType = idTypeText === '' ? null : (ID_TYPE_BY_NAME.get(lookupKey(idTypeText)) ?? null);
    if (idTypeText !== '' && idType === null) flag('idType', 'id_type_invalid');

    const idNumberText = text('idNumber');
    let idNumber: string | null = null;
    if (idNumberText !== '' && isNumberBeyondPrecision(cells[COLUMN.idNumber])) {
      flag('idNumber', 'id_number_as_number');
    } else if (idNumberText !== '' && idType !== null) {
      const problem = checkIdentityDocument(idType, idNumberText, { birthDate, gender }, today);
      if (problem) problems.push({ row, column: 'idNumber', code: 'id_number_invalid', problem });
      else idNumber = normalizeIdNumber(idType, idNumberText);
    }

    const phoneText = text('phone');
    const phone = phoneText === '' ? null : normalizePhone(phoneText);
    if (phoneText !== '' && phone === null) flag('phone', 'phone_invalid');

    const skills = new Set<string>();
    for (const item of splitList(text('skills'))) {
      const code = skillByName.get(lookupKey(item));
      if (code) skills.add(code);
      else flag('skills', 'skill_unknown', item);
    }

    const nationalNo = text('nationalNo');
    if (nationalNo.length > NATIONAL_NO_MAX) flag('nationalNo', 'too_long');
    else if (CONTROL_CHARACTERS.test(nationalNo)) flag('nationalNo', 'invalid_text');

    const teamIds = new Set<string>();
    for (const item of splitList(text('teams'))) {
      const teams = teamsByName.get(item);
      if (!teams) flag('teams', 'team_unknown', item);
      else if (teams.length > 1) flag('teams', 'team_ambiguous', item);
      else teamIds.add(teams[0]!.id);
    }

    if (problems.length > 0 || !idNumber || !idType || !gender || !birthDate || !phone)
      return { problems, idNumber, volunteer: null };
    return {
      problems,
      idNumber,
      volunteer: {
        row,
        name,
        gender,
        birthDate,
        idType,
        idNumber,
        idNumberMasked: maskIdNumber(idType, idNumber),
        phone,
        phoneMasked: maskPhone(phone),
        skills: [...skills],
        nationalNo: nationalNo === '' ? null : nationalNo,
        teamIds: [...teamIds],
      },
    };
  };
}
