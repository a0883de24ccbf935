// Public exports of this feature's contracts and rules.

export * from './participation.schemas.ts';
export * from './participation-error-codes.ts';
