import { describe, expect, it } from 'vitest';
import { minutesOf, recordBodyOf, spanOf } from './hours-record-values.ts';

describe('spanOf', () => {
  it('reads clock times on the day in Beijing time', () => {
    const span = spanOf('2026-11-20', '09:00', '12:13');
    expect(span).toEqual({ startedAt: Date.UTC(2026, 10, 20, 1, 0), endedAt: Date.UTC(2026, 10, 20, 4, 13) });
  });

  it('takes an end at or before the start as the next morning', () => {
    const span = spanOf('2026-11-20', '22:00', '02:00');
    expect(span && (span.endedAt - span.startedAt) / 60_000).toBe(240);
  });

  it('is null while a time is missing or malformed', () => {
    expect(spanOf('2026-11-20', '09:00')).toBeNull();
    expect(spanOf('2026-11-20', '9am', '12:00')).toBeNull();
    expect(spanOf('2026-02-30', '09:00', '12:00')).toBeNull();
  });
});

describe('minutesOf', () => {
  it('counts the minutes of either way of giving the length', () => {
    expect(minutesOf({ mode: 'minutes', rawMinutes: 193 })).toBe(193);
    expect(minutesOf({ mode: 'span', serviceDate: '2026-11-20', startTime: '09:00', endTime: '12:13' })).toBe(193);
    expect(minutesOf({ mode: 'span', serviceDate: '2026-11-20', startTime: '09:00' })).toBeNull();
  });
});

describe('recordBodyOf', () => {
  const values = {
    volunteerId: 'v',
    serviceDate: '2026-11-20',
    content: '  陪伴老人聊天  ',
    place: ' ',
  };

  it('sends minutes without a span, trims the text and clears an empty place', () => {
    expect(recordBodyOf({ ...values, mode: 'minutes', rawMinutes: 90, startTime: '09:00', endTime: '10:00' })).toEqual({
      volunteerId: 'v',
      activityId: null,
      serviceDate: '2026-11-20',
      rawMinutes: 90,
      content: '陪伴老人聊天',
      place: null,
    });
  });

  it('sends the span without minutes', () => {
    const body = recordBodyOf({ ...values, mode: 'span', rawMinutes: 90, startTime: '09:00', endTime: '10:00' });
    expect(body.rawMinutes).toBeUndefined();
    expect(body.endedAt! - body.startedAt!).toBe(60 * 60_000);
  });
});
