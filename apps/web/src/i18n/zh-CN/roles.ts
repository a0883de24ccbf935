import { ROLE_NAMES_ZH } from '@liandong/domain';

// The glossary's role names, shared with the CLI.
export const roles = { ...ROLE_NAMES_ZH };
