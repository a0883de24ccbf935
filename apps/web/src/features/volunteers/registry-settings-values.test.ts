import { DEFAULT_ROUNDING_RULE, defaultRegistrySettings } from '@liandong/domain';
import { describe, expect, it } from 'vitest';
import {
  nextSkillCode,
  presetOf,
  roundingRuleOf,
  settingsFormValuesOf,
  settingsOf,
  settingsProblemsOf,
} from './registry-settings-values.ts';

describe('rounding presets', () => {
  it('recognises the default rule as 志愿山城 with its shift conditions as fields', () => {
    const values = settingsFormValuesOf(defaultRegistrySettings());
    expect(values.rounding).toEqual({ preset: 'shancheng', minSharePercent: 60, capAtShift: true });
  });

  it('round-trips the default rule unchanged', () => {
    const settings = structuredClone(defaultRegistrySettings());
    expect(settingsOf(settingsFormValuesOf(settings), settings).roundingRule).toEqual(DEFAULT_ROUNDING_RULE);
  });

  it('builds quarter-hour rounding down without conditions when none are set', () => {
    expect(
      roundingRuleOf({ preset: 'quarter_down', minSharePercent: null, capAtShift: false }, DEFAULT_ROUNDING_RULE),
    ).toEqual({ kind: 'round_down', stepMinutes: 15 });
  });

  it('keeps a rule saved otherwise as custom, changing only its shift conditions', () => {
    const hourUp = {
      kind: 'bands' as const,
      unitMinutes: 60,
      bands: [{ upToMinutes: 60, credit: 1 }],
      capAtShift: true,
    };
    expect(presetOf(hourUp)).toBe('custom');
    expect(roundingRuleOf({ preset: 'custom', minSharePercent: 50, capAtShift: false }, hourUp)).toEqual({
      kind: 'bands',
      unitMinutes: 60,
      bands: [{ upToMinutes: 60, credit: 1 }],
      minShareOfShift: 0.5,
    });
  });
});

describe('settingsOf', () => {
  it('numbers star levels by row, upper-cases the prefix and trims skills', () => {
    const saved = structuredClone(defaultRegistrySettings());
    const values = settingsFormValuesOf(saved);
    values.localNoPrefix = ' wl ';
    values.skills = [{ code: ' first_aid ', name: ' 急救 ' }];
    values.starThresholds = [
      { level: 1, hours: 50, minMonths: 6 },
      { level: 3, hours: 150, minMonths: 6 },
    ];
    const settings = settingsOf(values, saved);
    expect(settings.localNoPrefix).toBe('WL');
    expect(settings.skills).toEqual([{ code: 'first_aid', name: '急救' }]);
    expect(settings.starThresholds.map((threshold) => threshold.level)).toEqual([1, 2]);
  });
});

describe('settingsProblemsOf', () => {
  it('passes the defaults', () => {
    expect(settingsProblemsOf(defaultRegistrySettings())).toEqual([]);
  });

  it('places star hours that do not ascend on the row', () => {
    const settings = structuredClone(defaultRegistrySettings());
    settings.starThresholds[2]!.hours = 200;
    expect(settingsProblemsOf(settings)).toEqual([{ name: ['starThresholds', 2, 'hours'], problem: 'hoursAscend' }]);
  });

  it('names a skill code used twice and a code in the wrong form', () => {
    const settings = structuredClone(defaultRegistrySettings());
    settings.skills = [
      { code: 'first_aid', name: '急救' },
      { code: 'first_aid', name: '救护' },
      { code: 'Bad Code', name: '坏' },
    ];
    expect(settingsProblemsOf(settings)).toEqual([
      { name: ['skills', 2, 'code'], problem: 'invalid' },
      { name: ['skills', 1, 'code'], problem: 'duplicateCode' },
    ]);
  });

  it('places a bad minimum share on its field', () => {
    const settings = structuredClone(defaultRegistrySettings());
    settings.roundingRule = { ...settings.roundingRule, minShareOfShift: 1.5 };
    expect(settingsProblemsOf(settings)).toEqual([{ name: ['rounding', 'minSharePercent'], problem: 'invalid' }]);
  });
});

describe('nextSkillCode', () => {
  it('skips codes in use', () => {
    expect(nextSkillCode([{ code: 'a' }, { code: 'skill_3' }])).toBe('skill_4');
    expect(nextSkillCode([])).toBe('skill_1');
  });
});
