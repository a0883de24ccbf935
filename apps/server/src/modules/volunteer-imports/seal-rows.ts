import type { Keys } from '../../secrets/keys.ts';
import { list, type StagedVolunteer } from './staged-rows.ts';

/** A staged row ready for its volunteer record: the ID and phone numbers sealed (AES-256-GCM, see keys.ts). */
export interface SealedVolunteer extends Omit<StagedVolunteer, 'idNumber' | 'phone'> {
  idNumberCipher: string;
  phoneCipher: string;
}

/**
 * Seals staged rows for the volunteers table. The same code runs in the commit's worker thread and in the main
 * thread. Every field is spelt out: spreading the staged row into a new object cost more than the encryption.
 */
export function createRowSealer(keys: Keys) {
  return (staged: readonly StagedVolunteer[]): SealedVolunteer[] =>
    staged.map((volunteer) => ({
      row: volunteer.row,
      name: volunteer.name,
      nameSearch: volunteer.nameSearch,
      gender: volunteer.gender,
      birthDate: volunteer.birthDate,
      idType: volunteer.idType,
      idNumberCipher: keys.encrypt(volunteer.idNumber),
      idNumberHash: volunteer.idNumberHash,
      idNumberMasked: volunteer.idNumberMasked,
      phoneCipher: keys.encrypt(volunteer.phone),
      phoneHash: volunteer.phoneHash,
      phoneMasked: volunteer.phoneMasked,
      skills: volunteer.skills,
      nationalNo: volunteer.nationalNo,
      teamIds: volunteer.teamIds,
    }));
}

// Sealed rows cross from the worker to the main thread as one text per batch, a line per row and fields separated
// by tabs as in the staged file (see staged-rows.ts): copying one string between threads costs far less than
// cloning hundreds of objects.
/** Sealed rows as one text, a line per row. */
export function encodeSealedRows(rows: readonly SealedVolunteer[]): string {
  return rows
    .map((v) =>
      [
        v.row,
        v.name,
        v.nameSearch,
        v.gender,
        v.birthDate,
        v.idType,
        v.idNumberCipher,
        v.idNumberHash,
        v.idNumberMasked,
        v.phoneCipher,
        v.phoneHash,
        v.phoneMasked,
        v.skills.join(','),
        v.nationalNo ?? '',
        v.teamIds.join(','),
      ].join('\t'),
    )
    .join('\n');
}

/** The rows of encodeSealedRows's text. */
export function decodeSealedRows(text: string): SealedVolunteer[] {
  return text.split('\n').map((line) => {
    const f = line.split('\t');
    if (f.length !== 15) throw new Error('malformed sealed row');
    return {
      row: Number(f[0]),
      name: f[1]!,
      nameSearch: f[2]!,
      gender: f[3] as SealedVolunteer['gender'],
      birthDate: f[4]!,
      idType: f[5] as SealedVolunteer['idType'],
      idNumberCipher: f[6]!,
      idNumberHash: f[7]!,
      idNumberMasked: f[8]!,
      phoneCipher: f[9]!,
      phoneHash: f[10]!,
      phoneMasked: f[11]!,
      skills: list(f[12]!),
      nationalNo: f[13] === '' ? null : f[13]!,
      teamIds: list(f[14]!),
    };
  });
}
