// Public exports of this feature's contracts and rules.
export * from './hours-entry.schemas.ts';
export * from './hours-requests.schemas.ts';
export * from './service-hours-error-codes.ts';
