// Public exports of this feature's contracts and rules.

export * from './activity.schemas.ts';
export * from './activity-detail.schemas.ts';
export * from './activity-error-codes.ts';
export * from './insurance.schemas.ts';
export * from './open-shift.schemas.ts';
export * from './shift.schemas.ts';
