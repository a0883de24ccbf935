import { DEFAULT_MINORS_POLICY } from '@liandong/domain';
import { describe, expect, it } from 'vitest';
import { minorNeedsOf, type SignupFormValues, signupBodyOf } from './signup-values.ts';

const TODAY = '2026-11-23';

describe('minorNeedsOf', () => {
  it('asks nothing of an adult, or before a birth date is given', () => {
    expect(minorNeedsOf('2000-01-01', DEFAULT_MINORS_POLICY, TODAY)).toBeNull();
    expect(minorNeedsOf('2008-11-23', DEFAULT_MINORS_POLICY, TODAY)).toBeNull();
    expect(minorNeedsOf(undefined, DEFAULT_MINORS_POLICY, TODAY)).toBeNull();
    expect(minorNeedsOf('2026-13-01', DEFAULT_MINORS_POLICY, TODAY)).toBeNull();
  });

  it('asks a guardian’s consent the day before the 18th birthday', () => {
    expect(minorNeedsOf('2008-11-24', DEFAULT_MINORS_POLICY, TODAY)).toMatchObject({
      age: 17,
      guardianConsent: true,
      accompanied: false,
      forbidden: false,
    });
  });

  it('follows the registry’s own policy', () => {
    // A 14-year-old is still a minor, but this registry asks a guardian's consent only under 14.
    expect(minorNeedsOf('2012-05-01', [{ underAge: 14, rule: 'guardian_consent' }], TODAY)).toMatchObject({
      age: 14,
      guardianConsent: false,
    });
    expect(minorNeedsOf('2021-05-01', DEFAULT_MINORS_POLICY, TODAY)).toMatchObject({ age: 5, forbidden: true });
  });
});

const VALUES: SignupFormValues = {
  name: ' 林小雨 ',
  gender: 'female',
  birthDate: '2011-03-08',
  idType: 'resident_id',
  idNumber: ' 331081201103081221 ',
  phone: '138 0000 1234',
  skills: ['tutoring'],
  username: 'LinXY',
  password: 'Rainbow2026ok',
  confirmPassword: 'Rainbow2026ok',
  consent: true,
  guardian: {
    guardianName: ' 林国栋 ',
    relation: 'father',
    phone: '13900001234',
    idType: 'resident_id',
    idNumber: ' ',
  },
};

describe('signupBodyOf', () => {
  it('sends the guardian when the policy asks for one, without an empty ID number', () => {
    const body = signupBodyOf(VALUES, true);
    expect(body).toMatchObject({
      name: '林小雨',
      idNumber: '331081201103081221',
      username: 'linxy',
      consent: true,
      guardian: { guardianName: '林国栋', relation: 'father', phone: '13900001234' },
    });
    expect(body.guardian).not.toHaveProperty('idType');
    expect(body).not.toHaveProperty('confirmPassword');
  });

  it('leaves the guardian out when none is needed', () => {
    expect(signupBodyOf(VALUES, false)).not.toHaveProperty('guardian');
  });
});
