import type { ActivityType, CoOrganizerRole, RiskLevel, SignupFlow } from '@liandong/domain';
import { PAST_DEMO_ACTIVITIES } from './demo-past-activities.ts';
import type { DemoPlaceKey } from './demo-places.ts';
import { UPCOMING_DEMO_ACTIVITIES } from './demo-upcoming-activities.ts';

export interface DemoShiftSpec {
  key: string;
  role: string;
  description?: string;
  /** 'HH:MM' on the activity's day, Shanghai time. */
  starts: string;
  ends: string;
  capacity: number;
  signupFlow: SignupFlow;
  waitlistEnabled?: boolean;
  requiredSkills?: string[];
  requiredQualifications?: string[];
  minAge?: number;
  minorsAllowed?: boolean;
  /** Key of the volunteer team lead who leads the shift on the day (demo-volunteers.ts). */
  leadVolunteer?: string;
}

export interface DemoActivitySpec {
  key: string;
  type: ActivityType;
  title: string;
  content: string;
  /** Organization key of the organizer (demo-organizations.ts). */
  organizer: string;
  /**
   * Who enters it: the coordinator within the 义工联, the platform administrator when a co-organizer or the organizer
   * lies outside the 义工联's tree (only an administrator sees both trees).
   */
  createdBy: 'coordinator' | 'admin';
  /** Username of the lead social worker (demo-people.ts). */
  lead: string;
  coOrganizers?: { organization: string; role: CoOrganizerRole }[];
  place: DemoPlaceKey;
  /** Days from today: negative in the past. */
  day: number;
  starts: string;
  ends: string;
  beneficiaryGroup: string;
  riskLevel?: RiskLevel;
  shifts?: DemoShiftSpec[];
}

/**
 * Fourteen activities of every type: seven in the past three months (their service is recorded in the ledger) and
 * seven in the next three weeks (open for sign-up). All titles and contents are invented.
 */
export const DEMO_ACTIVITIES: DemoActivitySpec[] = [...PAST_DEMO_ACTIVITIES, ...UPCOMING_DEMO_ACTIVITIES];
