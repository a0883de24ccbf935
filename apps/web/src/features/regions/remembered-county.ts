import type { CountyOption } from './county-select.tsx';

const STORAGE_KEY = 'liandong.regions.county';

/** Parses what was stored, refusing anything that is not a county code and name (an old or edited value). */
export function parseRememberedCounty(text: string | null): CountyOption | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<CountyOption> | null;
    if (typeof value?.code === 'string' && /^\d{6}$/.test(value.code) && typeof value.fullName === 'string') {
      return { code: value.code, fullName: value.fullName };
    }
  } catch {
    // An unreadable value is as good as none.
  }
  return null;
}

/** The county last chosen on this device, so the regions page opens where the user works. */
export function readRememberedCounty(): CountyOption | null {
  return parseRememberedCounty(typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY));
}

export function rememberCounty(county: CountyOption | null): void {
  if (county) localStorage.setItem(STORAGE_KEY, JSON.stringify(county));
  else localStorage.removeItem(STORAGE_KEY);
}
