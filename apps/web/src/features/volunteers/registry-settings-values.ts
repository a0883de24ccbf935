import {
  type MinorsPolicyBand,
  type RegistrySettings,
  type RoundingRule,
  registrySettingsSchema,
  type SkillOption,
  type StarThreshold,
} from '@liandong/domain';

/** Rounding rules a coordinator picks by name; `custom` stands for a rule saved otherwise (kept as it is). */
export const ROUNDING_PRESETS = {
  /** 志愿山城 (重庆): ≤15 min → 0, ≤45 min → 0.5 h, ≤60 min → 1 h, per started hour. */
  shancheng: {
    kind: 'bands',
    unitMinutes: 60,
    bands: [
      { upToMinutes: 15, credit: 0 },
      { upToMinutes: 45, credit: 0.5 },
      { upToMinutes: 60, credit: 1 },
    ],
  },
  /** Down to the quarter hour: 50 minutes count as 0.75 h. */
  quarter_down: { kind: 'round_down', stepMinutes: 15 },
} as const satisfies Record<string, RoundingRule>;

export type RoundingPreset = keyof typeof ROUNDING_PRESETS | 'custom';

export interface RoundingFormValues {
  preset: RoundingPreset;
  /** Share of the scheduled shift that must be attended, in per cent; empty for none. */
  minSharePercent?: number | null;
  capAtShift: boolean;
}

export interface SettingsFormValues {
  skills: SkillOption[];
  localNoPrefix: string;
  selfRegistrationOpen: boolean;
  minorsPolicy: MinorsPolicyBand[];
  rounding: RoundingFormValues;
  starThresholds: StarThreshold[];
  starPublicityDays: number;
  checkinOpensMin: number;
  checkinClosesMin: number;
  fteHoursDivisor: number;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The preset a rule is, judged without its shift conditions (those are fields of their own). */
export function presetOf(rule: RoundingRule): RoundingPreset {
  const { minShareOfShift: _share, capAtShift: _cap, ...base } = rule;
  for (const [name, preset] of Object.entries(ROUNDING_PRESETS)) {
    if (sameJson(base, preset)) return name as RoundingPreset;
  }
  return 'custom';
}

export function settingsFormValuesOf(settings: RegistrySettings): SettingsFormValues {
  const { roundingRule, ...rest } = settings;
  return {
    ...rest,
    skills: settings.skills.map((skill) => ({ ...skill })),
    minorsPolicy: settings.minorsPolicy.map((band) => ({ ...band })),
    starThresholds: settings.starThresholds.map((threshold) => ({ ...threshold })),
    rounding: {
      preset: presetOf(roundingRule),
      minSharePercent:
        roundingRule.minShareOfShift === undefined ? null : Math.round(roundingRule.minShareOfShift * 100),
      capAtShift: Boolean(roundingRule.capAtShift),
    },
  };
}

/** The rounding rule the form describes; `custom` keeps the saved rule's base with the form's shift conditions. */
export function roundingRuleOf(values: RoundingFormValues, saved: RoundingRule): RoundingRule {
  const { minShareOfShift: _share, capAtShift: _cap, ...savedBase } = saved;
  const base: RoundingRule = values.preset === 'custom' ? savedBase : structuredClone(ROUNDING_PRESETS[values.preset]);
  const share = values.minSharePercent;
  return {
    ...base,
    ...(share ? { minShareOfShift: share / 100 } : {}),
    ...(values.capAtShift ? { capAtShift: true } : {}),
  } as RoundingRule;
}

/** Levels are numbered by their row, so removing a middle row cannot leave a gap. */
export function settingsOf(values: SettingsFormValues, saved: RegistrySettings): RegistrySettings {
  const { rounding, ...rest } = values;
  return {
    ...rest,
    localNoPrefix: values.localNoPrefix.trim().toUpperCase(),
    skills: values.skills.map((skill) => ({ code: skill.code.trim(), name: skill.name.trim() })),
    starThresholds: values.starThresholds.map((threshold, index) => ({ ...threshold, level: index + 1 })),
    roundingRule: roundingRuleOf(rounding, saved.roundingRule),
  };
}

export type SettingsProblem = 'invalid' | 'duplicateCode' | 'hoursAscend';

export interface SettingsFieldProblem {
  /** The form field (roundingRule's issues land on the rounding fields). */
  name: (string | number)[];
  problem: SettingsProblem;
}

/**
 * What the registry's schema refuses in these settings, placed on the form's fields, plus a skill code used twice
 * (the server refuses that too). Empty when the settings may be saved.
 */
export function settingsProblemsOf(settings: RegistrySettings): SettingsFieldProblem[] {
  const problems: SettingsFieldProblem[] = [];
  const parsed = registrySettingsSchema.safeParse(settings);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
      let name: (string | number)[] = path;
      if (path[0] === 'roundingRule') {
        name = ['rounding', path.includes('minShareOfShift') ? 'minSharePercent' : 'preset'];
      } else if (path[0] === 'starThresholds' && path.length === 1) {
        name = ['starThresholds', 0, 'hours'];
      }
      const problem: SettingsProblem = issue.message === 'hours must ascend' ? 'hoursAscend' : 'invalid';
      problems.push({ name, problem });
    }
  }
  const seen = new Set<string>();
  settings.skills.forEach((skill, index) => {
    if (seen.has(skill.code)) problems.push({ name: ['skills', index, 'code'], problem: 'duplicateCode' });
    seen.add(skill.code);
  });
  return problems;
}

/** A code for a new skill that no row uses yet (skill_1, skill_2, …); the coordinator may change it. */
export function nextSkillCode(skills: readonly Pick<SkillOption, 'code'>[]): string {
  const used = new Set(skills.map((skill) => skill.code));
  let n = skills.length + 1;
  while (used.has(`skill_${n}`)) n += 1;
  return `skill_${n}`;
}
