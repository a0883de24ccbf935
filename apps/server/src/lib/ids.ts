import { v7 } from 'uuid';

/** UUIDv7: time-ordered, so new rows append to indexes instead of scattering. */
export const newId = (): string => v7();
