import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api.ts';
import { existingVolunteerOf, identityProblemIn, volunteerFormErrors } from './volunteer-errors.ts';

// Echoes the key, so the tests see which wording was chosen.
const t = ((key: string) => key) as unknown as TFunction;

describe('volunteerFormErrors', () => {
  it('words a refused ID number by the problem the server names', () => {
    const error = new ApiError(400, 'volunteers.id_number_invalid', [
      { path: 'body.idNumber', problem: 'check_character' },
    ]);
    expect(identityProblemIn(error)).toBe('check_character');
    expect(volunteerFormErrors(t, error)).toEqual([
      { name: ['idNumber'], errors: ['volunteers.identityProblems.check_character'] },
    ]);
  });

  it('keeps the generic wording when the problem is unknown', () => {
    const error = new ApiError(400, 'volunteers.id_number_invalid', [{ path: 'body.idNumber', problem: 'other' }]);
    expect(identityProblemIn(error)).toBeNull();
    expect(volunteerFormErrors(t, error)[0]?.errors).toEqual(['errors.volunteers.id_number_invalid']);
  });

  it('places a taken username on the nested account field', () => {
    const error = new ApiError(409, 'users.username_taken', [{ path: 'body.account.username' }]);
    expect(volunteerFormErrors(t, error).map((field) => field.name)).toEqual([['account', 'username']]);
  });

  it('places codes without a path by the code', () => {
    const error = new ApiError(400, 'volunteers.phone_invalid');
    expect(volunteerFormErrors(t, error).map((field) => field.name)).toEqual([['phone']]);
  });
});

describe('existingVolunteerOf', () => {
  it('points to the existing record when the server names it', () => {
    const error = new ApiError(409, 'volunteers.already_registered', { volunteerId: 'v1', localNo: 'V000001' });
    expect(existingVolunteerOf(error)).toEqual({ volunteerId: 'v1', localNo: 'V000001' });
  });

  it('answers null when the record is not the user’s to see, or for other errors', () => {
    expect(existingVolunteerOf(new ApiError(409, 'volunteers.already_registered'))).toBeNull();
    expect(existingVolunteerOf(new ApiError(404, 'volunteers.not_found', { volunteerId: 'v1' }))).toBeNull();
  });
});
