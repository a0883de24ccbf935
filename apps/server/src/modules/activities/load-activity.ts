import { type ActivityDetail, INSURED_RISK_LEVELS } from '@liandong/domain';
import type { Db } from '../../db/create-db.ts';
import { AppError } from '../../http/app-error.ts';
import { createActivitiesRepository } from './activities.repository.ts';
import { presentActivity, presentInsuranceSummary, presentShift } from './activity-presenter.ts';
import { createInsuranceRepository } from './insurance.repository.ts';
import { createShiftsRepository } from './shifts.repository.ts';

/** The activity page: the activity with its shifts (and how many ask and wait for each) and attached policies. */
export async function loadActivityDetail(db: Db, id: string): Promise<ActivityDetail> {
  const activities = createActivitiesRepository(db);
  const shifts = createShiftsRepository(db);
  const row = await activities.findPresentable(id);
  if (!row) throw new AppError('activities.not_found', 404);
  const [coOrganizers, shiftRows, policies] = await Promise.all([
    activities.coOrganizersOf([id]),
    shifts.listPresentableForActivity(id),
    createInsuranceRepository(db).attachedTo(id),
  ]);
  const demand = await shifts.demandOf(shiftRows.map((shift) => shift.id));
  return {
    ...presentActivity(row, coOrganizers),
    shifts: shiftRows.map((shift) => presentShift(shift, demand.get(shift.id))),
    insurancePolicies: policies.map(presentInsuranceSummary),
    insuranceRequired: INSURED_RISK_LEVELS.includes(row.riskLevel),
  };
}
