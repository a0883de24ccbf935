import type { AvailabilitySlot, Gender, TeamRole } from '@liandong/domain';
import { createDemoRandom, type DemoRandom } from './demo-random.ts';

export type DemoVolunteerStatus = 'active' | 'prospective' | 'suspended' | 'exited';

export interface DemoVolunteer {
  /** Stable handle the activities and hours refer to: `${team}:${index}`, e.g. 'team-elderly:0'. */
  key: string;
  /** Invented names: none of these people exists. */
  name: string;
  gender: Gender;
  /** A fixed birth date, or the age today (minors, whose age must hold whenever the demo is generated). */
  birth: { date: string } | { age: number; daysSinceBirthday: number };
  /** Organization key of the home team (see demo-organizations.ts). */
  home: string;
  teams: { team: string; role: TeamRole }[];
  /** Where they end up. Prospective ones registered themselves (`selfRegistered`) or were entered by staff. */
  status: DemoVolunteerStatus;
  selfRegistered: boolean;
  skills: string[];
  availability: AvailabilitySlot[];
  /** A sign-in account (same demo password); `printed` puts it in the logins table. */
  account?: { username: string; printed: boolean };
  /** A consented extra field (职业), shown on the profile. */
  occupation?: string;
}

/** Teams in the order of demo-organizations.ts, with how many volunteers each has and the skills they lean to. */
const TEAMS: { key: string; size: number; skills: string[] }[] = [
  { key: 'team-elderly', size: 11, skills: ['companionship', 'elderly_care', 'medical', 'driving'] },
  { key: 'team-youth', size: 10, skills: ['tutoring', 'psychology', 'photography', 'first_aid'] },
  { key: 'team-disability', size: 10, skills: ['companionship', 'sign_language', 'driving', 'medical'] },
  { key: 'team-green', size: 10, skills: ['event_support', 'photography', 'first_aid', 'it'] },
  { key: 'team-enterprise', size: 10, skills: ['event_support', 'it', 'first_aid', 'law'] },
  { key: 'team-village', size: 9, skills: ['tutoring', 'companionship', 'driving', 'elderly_care'] },
];

const SURNAMES = [
  ...'王李张刘陈杨黄吴周徐孙马朱胡郭何罗梁谢宋唐韩邓曹彭曾肖田董潘袁蔡余杜程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金夏方邹熊孟秦邱侯江薛段雷贺顾邵应',
];
const GIVEN: Record<Gender, string[]> = {
  male: [
    '建国',
    '志强',
    '明辉',
    '俊杰',
    '文杰',
    '海涛',
    '浩然',
    '立新',
    '永康',
    '德明',
    '振华',
    '家豪',
    '晨阳',
    '博文',
    '国庆',
    '思远',
    '一鸣',
    '天宇',
    '伟东',
    '建军',
  ],
  female: [
    '秀英',
    '丽华',
    '海燕',
    '桂芳',
    '雅琴',
    '佳怡',
    '思琪',
    '雨欣',
    '春梅',
    '玉兰',
    '晓燕',
    '美玲',
    '静雯',
    '欣悦',
    '梦洁',
    '素珍',
    '凤英',
    '婉婷',
    '兰馨',
    '晓岚',
  ],
};
// Names the demo's staff accounts already use (demo-people.ts), so no volunteer shares one by chance.
const TAKEN = new Set([
  '林书远',
  '周文澜',
  '钱慧敏',
  '孙静怡',
  '陈思远',
  '王晓萱',
  '黄立群',
  '许文博',
  '刘子涵',
  '蒋明哲',
  '郑雨桐',
  '冯佳宁',
  '吴海燕',
  '叶清和',
]);

const OCCUPATIONS = ['退休教师', '社区医生', '公司职员', '个体经营者', '大学生', '机关干部', '工程师', '退休工人'];

/**
 * The people the demo singles out: the login volunteer, the team lead with over 100 hours, the minors, those with
 * accounts for sign-ups, and who is waiting, suspended or gone. Everyone else is drawn by the seeded generator.
 */
const SPECIAL: Record<string, Partial<DemoVolunteer>> = {
  'team-elderly:0': {
    name: '林国华',
    gender: 'male',
    birth: { date: '1961-04-18' },
    skills: ['companionship', 'elderly_care', 'driving'],
    account: { username: 'team-lead', printed: true },
    occupation: '退休教师',
  },
  'team-elderly:1': {
    name: '赵一帆',
    gender: 'female',
    birth: { date: '1994-09-06' },
    skills: ['companionship', 'photography'],
    account: { username: 'volunteer', printed: true },
    occupation: '公司职员',
  },
  'team-elderly:2': { account: { username: 'yigong-02', printed: false } },
  'team-elderly:3': { account: { username: 'yigong-03', printed: false } },
  'team-elderly:10': { status: 'prospective' },
  'team-youth:1': { account: { username: 'yigong-11', printed: false }, skills: ['tutoring'] },
  'team-youth:2': { account: { username: 'yigong-12', printed: false }, skills: ['tutoring', 'first_aid'] },
  'team-youth:3': { account: { username: 'yigong-13', printed: false }, skills: ['tutoring', 'psychology'] },
  'team-youth:4': { account: { username: 'yigong-14', printed: false }, skills: ['tutoring', 'photography'] },
  // 15: a guardian's consent is on file. 12: consent, and the federation's policy asks a guardian to come along.
  'team-youth:7': {
    name: '潘语桐',
    gender: 'female',
    birth: { age: 15, daysSinceBirthday: 120 },
    skills: ['tutoring'],
    account: { username: 'yigong-17', printed: false },
  },
  'team-youth:8': {
    name: '潘子墨',
    gender: 'male',
    birth: { age: 12, daysSinceBirthday: 200 },
    skills: ['photography'],
  },
  'team-youth:9': { status: 'prospective', selfRegistered: true, account: { username: 'yigong-19', printed: false } },
  'team-disability:1': { account: { username: 'yigong-21', printed: false } },
  'team-disability:2': { account: { username: 'yigong-22', printed: false } },
  'team-disability:8': { status: 'suspended' },
  'team-disability:9': { status: 'prospective' },
  'team-green:0': { account: { username: 'yigong-30', printed: false } },
  'team-green:1': { account: { username: 'yigong-31', printed: false } },
  'team-green:2': { account: { username: 'yigong-32', printed: false } },
  'team-green:8': { status: 'exited' },
  'team-green:9': { status: 'prospective', selfRegistered: true, account: { username: 'yigong-39', printed: false } },
  'team-enterprise:0': { skills: ['first_aid', 'event_support'] },
  'team-enterprise:1': { account: { username: 'yigong-41', printed: false } },
  'team-enterprise:2': { skills: ['first_aid', 'it'] },
  'team-enterprise:9': { status: 'prospective' },
  'team-village:1': { account: { username: 'yigong-51', printed: false } },
  'team-village:7': { status: 'suspended' },
  'team-village:8': { status: 'prospective', selfRegistered: true, account: { username: 'yigong-58', printed: false } },
};

/** A second team for some: volunteers often serve with two. */
const SECOND_TEAMS: Record<string, string> = {
  'team-elderly:4': 'team-disability',
  'team-youth:5': 'team-village',
  'team-green:3': 'team-enterprise',
  'team-enterprise:4': 'team-green',
  'team-village:2': 'team-elderly',
  'team-disability:3': 'team-elderly',
};

function drawName(random: DemoRandom, gender: Gender, used: Set<string>): string {
  for (;;) {
    const name = random.pick(SURNAMES) + random.pick(GIVEN[gender]);
    if (!used.has(name) && !TAKEN.has(name)) return name;
  }
}

function drawAvailability(random: DemoRandom): AvailabilitySlot[] {
  const periods = ['morning', 'afternoon', 'evening'] as const;
  const slots = new Map<string, AvailabilitySlot>();
  for (let i = random.int(2, 4); i > 0; i--) {
    const slot = { weekday: random.int(1, 7), period: random.pick(periods) };
    slots.set(`${slot.weekday}:${slot.period}`, slot);
  }
  return [...slots.values()].sort(
    (a, b) => a.weekday - b.weekday || periods.indexOf(a.period) - periods.indexOf(b.period),
  );
}

/** Some adults told us their occupation (with consent); minors are never asked. */
function occupationOf(special: Partial<DemoVolunteer>, birth: DemoVolunteer['birth'], random: DemoRandom) {
  if (special.occupation) return { occupation: special.occupation };
  const draw = random.next();
  return 'date' in birth && draw < 0.25 ? { occupation: random.pick(OCCUPATIONS) } : {};
}

/** The demo's 60 volunteers, the same on every run: 正式 mostly, some 预备, a few suspended or gone. */
export function buildDemoVolunteers(): DemoVolunteer[] {
  const random = createDemoRandom(20_261_123);
  const used = new Set(Object.values(SPECIAL).flatMap((special) => (special.name ? [special.name] : [])));
  const volunteers: DemoVolunteer[] = [];
  for (const team of TEAMS) {
    for (let index = 0; index < team.size; index++) {
      const key = `${team.key}:${index}`;
      const special = SPECIAL[key] ?? {};
      const gender = special.gender ?? (random.next() < 0.55 ? 'female' : 'male');
      const name = special.name ?? drawName(random, gender, used);
      used.add(name);
      const birth = special.birth ?? {
        date: `${random.int(1958, 2003)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
      };
      const status = special.status ?? 'active';
      const second = SECOND_TEAMS[key];
      volunteers.push({
        key,
        name,
        gender,
        birth,
        home: team.key,
        teams:
          status === 'prospective'
            ? []
            : [
                { team: team.key, role: index === 0 ? 'team_lead' : 'member' },
                ...(second ? [{ team: second, role: 'member' as const }] : []),
              ],
        status,
        selfRegistered: special.selfRegistered ?? false,
        skills: special.skills ?? random.sample(team.skills, random.int(1, 3)),
        availability: drawAvailability(random),
        ...(special.account ? { account: special.account } : {}),
        ...occupationOf(special, birth, random),
      });
    }
  }
  return volunteers;
}
