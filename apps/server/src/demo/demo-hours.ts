import type { HoursEntry } from '@liandong/domain';
import { activityIdOf, type DemoPlan } from './demo-activities.ts';
import { DEMO_ACTIVITIES } from './demo-activity-specs.ts';
import { createDemoRandom } from './demo-random.ts';
import { clientOf, type DemoRoster, volunteerOf } from './demo-registry.ts';
import type { DemoWorld } from './demo-world.ts';

/** Who served at each past activity; the check-in windows are over, so the coordinator records the service. */
const SERVICE: { activity: string; content: string; volunteers: string[] }[] = [
  {
    activity: 'launch',
    content: '启动仪式现场服务：便民摊位、秩序引导、新义工注册咨询',
    volunteers: [
      'team-elderly:0',
      'team-elderly:1',
      'team-elderly:4',
      'team-elderly:6',
      'team-youth:0',
      'team-youth:5',
      'team-disability:0',
      'team-disability:3',
      'team-disability:8',
      'team-green:3',
      'team-green:4',
      'team-green:8',
      'team-enterprise:0',
      'team-enterprise:2',
      'team-village:0',
      'team-village:7',
    ],
  },
  {
    activity: 'nursing-home',
    content: '养老院慰问：陪伴观看演出、理发、送餐到房间',
    volunteers: [
      'team-elderly:0',
      'team-elderly:1',
      'team-elderly:2',
      'team-elderly:3',
      'team-elderly:5',
      'team-elderly:7',
      'team-youth:0',
      'team-youth:1',
      'team-youth:6',
    ],
  },
  {
    activity: 'elderly-visit-past',
    content: '入户探访独居长者：测血压、查燃气与用电安全、陪伴聊天',
    volunteers: [
      'team-elderly:0',
      'team-elderly:1',
      'team-elderly:2',
      'team-elderly:3',
      'team-elderly:4',
      'team-elderly:8',
    ],
  },
  {
    activity: 'rehab',
    content: '陪同服务对象完成康复训练并记录训练情况',
    volunteers: ['team-disability:0', 'team-disability:1', 'team-disability:2', 'team-disability:4'],
  },
  {
    activity: 'reading-past',
    content: '四点半课堂作业辅导与绘本共读',
    volunteers: ['team-youth:1', 'team-youth:2', 'team-youth:3', 'team-youth:7'],
  },
];

/** The most recent activity's records wait on the approval workbench, with the self-report. */
const LEFT_PENDING = new Set(['reading-past']);

/**
 * The veteran team lead's weekly visits before the platform was used, entered afterwards from the paper log: with
 * the activities above they pass 100 approved hours, so the first star level is due.
 */
const VETERAN = 'team-elderly:0';
const VETERAN_WEEKS = 26;

/** A volunteer declaring service the coordinator did not see: pending until approved. */
const SELF_REPORT = {
  volunteer: 'team-elderly:1',
  day: -2,
  rawMinutes: 120,
  place: '温岭市太平街道锦屏社区老年食堂',
  content: '社区助老食堂帮厨、为行动不便的长者送餐',
  leadName: '林国华',
};

const minutesOf = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
};

/**
 * Fills the hours ledger through the API: the coordinator records the past activities' service and the veteran's
 * earlier visits, one volunteer reports hours themselves, and the 义工联's administrator approves all but the latest
 * activity's records and the self-report in one bulk decision.
 */
export async function createDemoHours(world: DemoWorld, roster: DemoRoster, plan: DemoPlan): Promise<void> {
  const random = createDemoRandom(1_123);
  const { calendar, coordinator } = world;
  const toApprove: string[] = [];
  const record = async (body: Record<string, unknown>, approve: boolean) => {
    const entry = await coordinator.post<HoursEntry>('/api/service-hours', body);
    if (approve) toApprove.push(entry.id);
  };

  for (const service of SERVICE) {
    const spec = DEMO_ACTIVITIES.find((activity) => activity.key === service.activity);
    if (!spec) throw new Error(`Demo data: unknown activity ${service.activity}`);
    const scheduled = minutesOf(spec.ends) - minutesOf(spec.starts);
    for (const key of service.volunteers)
      await record(
        {
          volunteerId: volunteerOf(roster, key).id,
          activityId: activityIdOf(plan, service.activity),
          serviceDate: calendar.day(spec.day),
          // Some come a little late or leave a little early.
          rawMinutes: scheduled - 5 * random.int(0, 4),
          content: service.content,
        },
        !LEFT_PENDING.has(service.activity),
      );
  }

  const veteran = volunteerOf(roster, VETERAN);
  for (let week = 0; week < VETERAN_WEEKS; week++)
    await record(
      {
        volunteerId: veteran.id,
        serviceDate: calendar.day(-230 + 7 * week),
        rawMinutes: 240,
        place: '温岭市太平街道锦屏社区',
        content: '独居长者入户探访（纸质服务记录补录）',
        leadName: '王晓萱',
      },
      true,
    );

  const reporter = await clientOf(world, roster, SELF_REPORT.volunteer);
  await reporter.post('/api/me/service-hours', {
    volunteerId: volunteerOf(roster, SELF_REPORT.volunteer).id,
    serviceDate: calendar.day(SELF_REPORT.day),
    rawMinutes: SELF_REPORT.rawMinutes,
    place: SELF_REPORT.place,
    content: SELF_REPORT.content,
    leadName: SELF_REPORT.leadName,
  });

  await world.federationAdmin.post('/api/service-hours/decisions', {
    ids: toApprove,
    decision: 'approve',
    note: '经服务站核实，批量审核通过',
  });
}
