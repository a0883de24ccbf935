import { createCipheriv, createDecipheriv, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { createRandomPool } from '../lib/random-pool.ts';

/** What the platform does with secrets; every key behind it derives from the one master key. */
export interface Keys {
  /** AES-256-GCM with a fresh IV: `v1.<iv>.<ciphertext+tag>` (base64url), for ID and phone numbers at rest. */
  encrypt(plaintext: string): string;
  /** The plaintext of `encrypt`'s output; throws when the text was altered or sealed under another key. */
  decrypt(ciphertext: string): string;
  /**
   * A keyed hash (HMAC-SHA256, base64url) for exact lookup and de-duplication of encrypted values. The caller
   * normalizes first (e.g. upper-case X in an ID number); the purpose keeps a phone and an ID with the same digits apart.
   */
  lookupHash(purpose: 'id_number' | 'phone' | (string & {}), normalizedValue: string): string;
  /** A compact signed token `<payload>.<mac>` (base64url, 16-byte MAC) for QR codes and links; not encrypted. */
  sign(purpose: string, payload: string): string;
  /** The payload of a token `sign` made for this purpose; null for anything else, never throws. */
  verify(purpose: string, token: string): string | null;
}

const FORMAT_VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const MAC_BYTES = 16;
// Fixed and public: HKDF's salt only separates this application's keys from any other use of the same secret.
const HKDF_SALT = Buffer.from('liandong.secrets', 'utf8');

const randomIvBytes = createRandomPool(IV_BYTES * 1024);

/** A fresh random 12-byte IV; every IV is used once. */
const nextIv = (): Buffer => randomIvBytes(IV_BYTES);

/** Derives the encryption, lookup and signing keys (HKDF-SHA256, one label each) from the 32-byte master key. */
export function createKeys(masterKey: Buffer): Keys {
  if (masterKey.length !== 32) throw new Error(`The master key must be 32 bytes, not ${masterKey.length}.`);
  const encryptionKey = derive(masterKey, 'liandong/v1/field-encryption');
  const lookupKey = derive(masterKey, 'liandong/v1/lookup-hash');
  const signingKey = derive(masterKey, 'liandong/v1/token-signing');
  const lookupKeys = purposeKeys(lookupKey);
  const signingKeys = purposeKeys(signingKey);
  // The version prefix is authenticated too, so a future format cannot be passed off as this one.
  const aad = Buffer.from(FORMAT_VERSION, 'utf8');

  const mac = (purpose: string, payload: Buffer) =>
    createHmac('sha256', signingKeys(purpose)).update(payload).digest().subarray(0, MAC_BYTES);

  return {
    encrypt(plaintext) {
      const iv = nextIv();
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(aad);
      const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `${FORMAT_VERSION}.${iv.toString('base64url')}.${sealed.toString('base64url')}`;
    },

    decrypt(ciphertext) {
      const parts = ciphertext.split('.');
      if (parts.length !== 3 || parts[0] !== FORMAT_VERSION) throw new Error('Not a v1 ciphertext');
      const iv = fromBase64Url(parts[1]!);
      const sealed = fromBase64Url(parts[2]!);
      if (iv?.length !== IV_BYTES || sealed === null || sealed.length < TAG_BYTES)
        throw new Error('Malformed ciphertext');
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(aad);
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      // final() throws when the tag does not match: altered text or another key.
      const plain = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
      return plain.toString('utf8');
    },

    lookupHash(purpose, normalizedValue) {
      return createHmac('sha256', lookupKeys(purpose)).update(normalizedValue, 'utf8').digest('base64url');
    },

    sign(purpose, payload) {
      const bytes = Buffer.from(payload, 'utf8');
      return `${bytes.toString('base64url')}.${mac(purpose, bytes).toString('base64url')}`;
    },

    verify(purpose, token) {
      if (typeof token !== 'string') return null;
      const parts = token.split('.');
      if (parts.length !== 2) return null;
      const payload = fromBase64Url(parts[0]!);
      const given = fromBase64Url(parts[1]!);
      if (payload === null || given?.length !== MAC_BYTES) return null;
      return timingSafeEqual(given, mac(purpose, payload)) ? payload.toString('utf8') : null;
    },
  };
}

function derive(masterKey: Buffer, label: string): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, HKDF_SALT, label, 32));
}

/**
 * A key per purpose, HMAC'd from the base key: unlike joining purpose and value with a separator, no choice of
 * strings can make one purpose's input collide with another's.
 */
function purposeKeys(baseKey: Buffer): (purpose: string) => Buffer {
  const cache = new Map<string, Buffer>();
  return (purpose) => {
    let key = cache.get(purpose);
    if (!key) {
      key = createHmac('sha256', baseKey).update(`purpose:${purpose}`, 'utf8').digest();
      cache.set(purpose, key);
    }
    return key;
  };
}

/**
 * Decodes unpadded base64url, or null. Node's decoder skips unknown characters and ignores spare bits, so only the
 * canonical spelling is accepted: every change to a token's text is then a change to its bytes.
 */
function fromBase64Url(text: string): Buffer | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : null;
}
