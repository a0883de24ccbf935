import { z } from 'zod';

/** UUIDv7 (or any RFC 4122 UUID) as sent in paths and bodies. */
export const idSchema = z.uuid();

export const idParamsSchema = z.strictObject({ id: idSchema });

/** Instants travel as integer milliseconds since the epoch. */
export const instantSchema = z.number().int().nonnegative();

/** A trimmed single-line text of bounded length; empty after trimming is refused. */
export const textSchema = (max: number) => z.string().trim().min(1).max(max);

/** An optional text: empty strings become null so forms can clear a field. */
export const optionalTextSchema = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

/** The paging fields of a list query (`...pageFields(50)`): 1-based page, and a page size with its default and cap. */
export const pageFields = (defaultSize: number, maxSize = 200) => ({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(maxSize).default(defaultSize),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const okSchema = z.object({ ok: z.literal(true) });
