// The import contracts until packages/domain/src/volunteers/index.ts exports them (the registry helper owns that
// index); then imports of this file can read from '@liandong/domain' and this file can go.
export * from '../../../../../packages/domain/src/volunteers/import.schemas.ts';
