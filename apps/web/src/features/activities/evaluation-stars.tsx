import { Rate, Typography } from 'antd';

/** A lead's evaluation: a participation's, or the copy a service hours entry carries. */
export interface EvaluationShown {
  rating: number;
  comment: string | null;
}

/** The lead's rating as small stars with the comment beside it; nothing when not evaluated. */
export function EvaluationStars({ evaluation }: { evaluation: EvaluationShown | null }) {
  if (!evaluation) return null;
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: 6 }}>
      <Rate disabled value={evaluation.rating} style={{ fontSize: 14 }} />
      {evaluation.comment && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {evaluation.comment}
        </Typography.Text>
      )}
    </span>
  );
}
