import { describe, expect, it } from 'vitest';
import { volunteerIdOfCard } from './card-token.ts';

const VOLUNTEER_ID = '0190f1a2-b3c4-7d5e-8f60-718293a4b5c6';
const base64url = (text: string) => btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
const card = `${base64url(VOLUNTEER_ID)}.${base64url('0123456789abcdef')}`;

describe('personal cards', () => {
  it('name the volunteer in their payload', () => {
    expect(volunteerIdOfCard(card)).toBe(VOLUNTEER_ID);
  });

  it('name nobody when the token is something else', () => {
    for (const bad of ['', 'abc', `${card}.extra`, `${base64url('not-a-uuid')}.mac`, '!!!.mac', `.${card}`])
      expect(volunteerIdOfCard(bad)).toBeNull();
  });
});
