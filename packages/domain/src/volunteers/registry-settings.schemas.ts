import { z } from 'zod';
import { DEFAULT_MINORS_POLICY, minorsPolicySchema } from './rules/age.ts';
import { DEFAULT_ROUNDING_RULE, roundingRuleSchema } from './rules/hours-rounding.ts';
import { DEFAULT_STAR_THRESHOLDS, starThresholdsSchema } from './rules/star-levels.ts';

export const skillOptionSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9_]{1,40}$/),
  name: z.string().trim().min(1).max(30),
});
export type SkillOption = z.infer<typeof skillOptionSchema>;

export const DEFAULT_SKILLS: SkillOption[] = [
  { code: 'companionship', name: '陪伴探访' },
  { code: 'tutoring', name: '课业辅导' },
  { code: 'first_aid', name: '急救' },
  { code: 'psychology', name: '心理支持' },
  { code: 'elderly_care', name: '长者照护' },
  { code: 'event_support', name: '活动协助' },
  { code: 'photography', name: '摄影宣传' },
  { code: 'driving', name: '驾驶' },
  { code: 'law', name: '法律咨询' },
  { code: 'medical', name: '医疗健康' },
  { code: 'it', name: '电脑网络' },
  { code: 'sign_language', name: '手语' },
];

/**
 * A registry's own rules, edited by its coordinators. Every field has a default (a fresh copy each time, so editing
 * one registry's settings never changes another's), so a registry that never saved settings behaves like one that
 * saved the defaults.
 */
export const registrySettingsSchema = z.strictObject({
  skills: z
    .array(skillOptionSchema)
    .max(200)
    .default(() => structuredClone(DEFAULT_SKILLS)),
  /** Prefix of local volunteer numbers: prefix + zero-padded sequence, e.g. WL000123. */
  localNoPrefix: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{0,8}$/)
    .default('V'),
  selfRegistrationOpen: z.boolean().default(true),
  minorsPolicy: minorsPolicySchema.default(() => structuredClone(DEFAULT_MINORS_POLICY)),
  roundingRule: roundingRuleSchema.default(() => structuredClone(DEFAULT_ROUNDING_RULE)),
  starThresholds: starThresholdsSchema.default(() => structuredClone(DEFAULT_STAR_THRESHOLDS)),
  /** Working days a star award is publicised (公示) before it may be granted. */
  starPublicityDays: z.number().int().min(0).max(60).default(5),
  /** Check-in opens this many minutes before a shift starts and closes this many after it starts. */
  checkinOpensMin: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(60),
  checkinClosesMin: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(30),
  /** 260 days × 8 hours: the hours one full-time equivalent works in a year. */
  fteHoursDivisor: z.number().int().min(1).max(10_000).default(2080),
});
export type RegistrySettings = z.infer<typeof registrySettingsSchema>;

/** The settings a registry has when it never saved any. */
export const defaultRegistrySettings = (): RegistrySettings => registrySettingsSchema.parse({});
