import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKeys } from './keys.ts';

const keys = createKeys(Buffer.alloc(32, 7));
const otherKeys = createKeys(Buffer.alloc(32, 8));
// Invented: region 331081, born 1990-03-07, check character computed with ISO 7064 MOD 11-2.
const ID_NUMBER = '331081199003071231';
const PHONE = '13800138000';

/** Replaces one byte of a base64url part with another value, keeping the text canonical. */
function flipByte(part: string, index = 0): string {
  const bytes = Buffer.from(part, 'base64url');
  bytes[index] = bytes[index]! ^ 0x01;
  return bytes.toString('base64url');
}

describe('encrypt / decrypt', () => {
  it('round-trips ASCII, Chinese text, emoji and the empty string', () => {
    for (const plaintext of [ID_NUMBER, '浙江省台州市温岭市城东街道 张三', '义工 🙂', '']) {
      const sealed = keys.encrypt(plaintext);
      expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
      expect(sealed).not.toContain(plaintext || '\u0000');
      expect(keys.decrypt(sealed)).toBe(plaintext);
    }
  });

  it('uses a fresh IV each time, so equal plaintexts do not look equal', () => {
    const first = keys.encrypt(PHONE);
    const second = keys.encrypt(PHONE);
    expect(first).not.toBe(second);
    expect(first.split('.')[1]).not.toBe(second.split('.')[1]);
  });

  it('throws when any byte of the IV, the ciphertext or the tag is altered', () => {
    const [version, iv, sealed] = keys.encrypt('张三 13800138000').split('.') as [string, string, string];
    const length = Buffer.from(sealed, 'base64url').length;
    expect(() => keys.decrypt(`${version}.${flipByte(iv)}.${sealed}`)).toThrow();
    expect(() => keys.decrypt(`${version}.${iv}.${flipByte(sealed, 0)}`)).toThrow();
    expect(() => keys.decrypt(`${version}.${iv}.${flipByte(sealed, length - 1)}`)).toThrow();
    expect(keys.decrypt(`${version}.${iv}.${sealed}`)).toBe('张三 13800138000');
  });

  it('throws on a changed character even where base64 would ignore its spare bits', () => {
    // 1 + 16 bytes → 23 characters; the last one carries 2 bits that a lenient decoder drops.
    const sealed = keys.encrypt('a');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const spareBitFlipped = alphabet[alphabet.indexOf(sealed.at(-1)!) ^ 1]!;
    expect(Buffer.from(`${sealed.slice(0, -1)}${spareBitFlipped}`.split('.')[2]!, 'base64url')).toEqual(
      Buffer.from(sealed.split('.')[2]!, 'base64url'),
    );
    expect(() => keys.decrypt(`${sealed.slice(0, -1)}${spareBitFlipped}`)).toThrow();
    expect(() => keys.decrypt(`${sealed}=`)).toThrow();
    expect(keys.decrypt(sealed)).toBe('a');
  });

  it('throws under another master key, and on text that is not a ciphertext', () => {
    expect(() => otherKeys.decrypt(keys.encrypt(ID_NUMBER))).toThrow();
    for (const garbage of [
      '',
      'v1',
      'v1..',
      'v2.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA',
      'v1.AAAA.AAAA',
      'not.a.cipher',
    ]) {
      expect(() => keys.decrypt(garbage)).toThrow();
    }
  });

  it('refuses a master key that is not 32 bytes', () => {
    expect(() => createKeys(Buffer.alloc(16))).toThrow(/32 bytes/);
    expect(() => createKeys(Buffer.alloc(33))).toThrow(/32 bytes/);
  });
});

describe('lookupHash', () => {
  it('is stable for one key and value, and differs between values', () => {
    expect(keys.lookupHash('phone', PHONE)).toBe(createKeys(Buffer.alloc(32, 7)).lookupHash('phone', PHONE));
    expect(keys.lookupHash('phone', PHONE)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(keys.lookupHash('phone', PHONE)).not.toBe(keys.lookupHash('phone', '13800138001'));
  });

  it('differs between master keys', () => {
    expect(keys.lookupHash('id_number', ID_NUMBER)).not.toBe(otherKeys.lookupHash('id_number', ID_NUMBER));
    expect(createKeys(randomBytes(32)).lookupHash('phone', PHONE)).not.toBe(keys.lookupHash('phone', PHONE));
  });

  it('keeps purposes apart: the same digits as a phone and as an ID hash differently', () => {
    const digits = '330000000000000000';
    expect(keys.lookupHash('phone', digits)).not.toBe(keys.lookupHash('id_number', digits));
    // Moving characters between purpose and value must not collide either.
    expect(keys.lookupHash('a', 'bc')).not.toBe(keys.lookupHash('ab', 'c'));
  });

  it('is not the signing MAC of the same input', () => {
    const mac = keys.sign('phone', PHONE).split('.')[1]!;
    expect(keys.lookupHash('phone', PHONE).startsWith(mac.slice(0, 20))).toBe(false);
  });
});

describe('sign / verify', () => {
  it('round-trips a payload, including Chinese text and dots', () => {
    for (const payload of ['0193c2a8-7e1f-7a00-9c3e-2f1f0a4b5c6d.58392011', '志愿者证书 2026-001', '']) {
      const token = keys.sign('checkin.shift', payload);
      expect(token).toMatch(/^[A-Za-z0-9_-]*\.[A-Za-z0-9_-]{22}$/);
      expect(keys.verify('checkin.shift', token)).toBe(payload);
    }
  });

  it('is compact: a UUID payload stays under 75 characters for small QR codes', () => {
    expect(keys.sign('checkin.card', '0193c2a8-7e1f-7a00-9c3e-2f1f0a4b5c6d').length).toBeLessThan(75);
  });

  it('refuses a token made for another purpose or under another master key', () => {
    const token = keys.sign('checkin.card', 'volunteer-1');
    expect(keys.verify('certificate', token)).toBeNull();
    expect(otherKeys.verify('checkin.card', token)).toBeNull();
  });

  it('refuses a forged payload, a flipped MAC byte and a truncated token', () => {
    const token = keys.sign('checkin.card', 'volunteer-1');
    const [payload, mac] = token.split('.') as [string, string];
    const forgedPayload = Buffer.from('volunteer-2').toString('base64url');
    expect(keys.verify('checkin.card', `${forgedPayload}.${mac}`)).toBeNull();
    expect(keys.verify('checkin.card', `${payload}.${flipByte(mac, 15)}`)).toBeNull();
    expect(keys.verify('checkin.card', token.slice(0, -1))).toBeNull();
    expect(keys.verify('checkin.card', token.slice(0, -4))).toBeNull();
    expect(keys.verify('checkin.card', payload)).toBeNull();
    expect(keys.verify('checkin.card', `${payload}.`)).toBeNull();
    // A full-length (32-byte) MAC is not accepted in place of the truncated one.
    expect(keys.verify('checkin.card', `${payload}.${mac}${mac}`)).toBeNull();
    expect(keys.verify('checkin.card', token)).toBe('volunteer-1');
  });

  it('returns null, never throws, on garbage', () => {
    const garbage: unknown[] = [
      '',
      '.',
      '..',
      'a.b.c',
      '%%%.***',
      'абв.где',
      '\u0000.\u0000',
      'x'.repeat(10_000),
      null,
    ];
    for (const token of garbage) {
      expect(keys.verify('checkin.card', token as string)).toBeNull();
    }
    const token = keys.sign('checkin.card', 'volunteer-1');
    expect(keys.verify('checkin.card', ` ${token}`)).toBeNull();
    expect(keys.verify('checkin.card', `${token}=`)).toBeNull();
    // 'YR' decodes to the same byte as 'YQ' ('a') in a lenient decoder; only the canonical spelling is signed.
    const short = keys.sign('checkin.card', 'a');
    expect(short.startsWith('YQ.')).toBe(true);
    expect(keys.verify('checkin.card', `YR${short.slice(2)}`)).toBeNull();
    expect(keys.verify('checkin.card', short)).toBe('a');
  });
});
