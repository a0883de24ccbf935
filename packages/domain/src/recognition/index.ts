// Public exports of this feature's contracts and rules.
export * from './certificate.schemas.ts';
export * from './recognition-error-codes.ts';
export * from './star-award.schemas.ts';
