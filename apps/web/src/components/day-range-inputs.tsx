import { Flex, Input } from 'antd';
import type { CSSProperties } from 'react';

interface DayRangeInputsProps {
  /** 'YYYY-MM-DD', or undefined for an open end. */
  from: string | undefined;
  to: string | undefined;
  labels: { from: string; to: string };
  /** A cleared end comes back as undefined. */
  onChange: (change: { from?: string | undefined } | { to?: string | undefined }) => void;
  style?: CSSProperties;
}

/** Two date inputs for a range of days in a filter bar; neither end can be set past the other. */
export function DayRangeInputs({ from, to, labels, onChange, style }: DayRangeInputsProps) {
  return (
    <Flex gap={4} align="center" style={style}>
      <Input
        type="date"
        value={from ?? ''}
        max={to}
        aria-label={labels.from}
        onChange={(event) => onChange({ from: event.target.value || undefined })}
        style={{ flex: 1, minWidth: 0 }}
      />
      <span aria-hidden>–</span>
      <Input
        type="date"
        value={to ?? ''}
        min={from}
        aria-label={labels.to}
        onChange={(event) => onChange({ to: event.target.value || undefined })}
        style={{ flex: 1, minWidth: 0 }}
      />
    </Flex>
  );
}
