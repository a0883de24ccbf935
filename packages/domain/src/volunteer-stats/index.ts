// Public exports of this feature's contracts.
export * from './volunteer-stats.schemas.ts';
