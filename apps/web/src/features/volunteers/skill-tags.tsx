import type { SkillOption } from '@liandong/domain';
import { Tag, Typography } from 'antd';

interface SkillTagsProps {
  codes: readonly string[];
  /** The registry's skill list, to name the codes; a code no longer on it shows as it is. */
  skills?: readonly SkillOption[];
  /** Shows at most this many and "+N" for the rest, so a list row stays one line. */
  max?: number;
}

/** A volunteer's skills as tags, named from the registry's list. */
export function SkillTags({ codes, skills = [], max }: SkillTagsProps) {
  if (codes.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  const names = new Map(skills.map((skill) => [skill.code, skill.name]));
  const shown = max === undefined ? codes : codes.slice(0, max);
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      {shown.map((code) => (
        <Tag key={code} style={{ marginInlineEnd: 0 }}>
          {names.get(code) ?? code}
        </Tag>
      ))}
      {shown.length < codes.length && <Tag style={{ marginInlineEnd: 0 }}>+{codes.length - shown.length}</Tag>}
    </span>
  );
}
