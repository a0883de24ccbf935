// Public exports of this feature's contracts and rules.

export * from './import.schemas.ts';
export * from './registry-settings.schemas.ts';
export * from './rules/age.ts';
export * from './rules/certificate-number.ts';
export * from './rules/hours-rounding.ts';
export * from './rules/id-type-names.ts';
export * from './rules/identity-document.ts';
export * from './rules/mask.ts';
export * from './rules/star-levels.ts';
export * from './self-registration.schemas.ts';
export * from './volunteer.schemas.ts';
export * from './volunteer-enums.ts';
export * from './volunteer-error-codes.ts';
export * from './volunteer-records.schemas.ts';
