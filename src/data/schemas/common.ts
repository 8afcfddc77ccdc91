import * as z from 'zod/mini';

/** Longest free text accepted anywhere on the wire (characters). Guards screens and storage against huge strings. */
export const MAX_TEXT = 4000;
/** Longest identifier accepted (characters). */
export const MAX_ID = 128;
/** Longest short label (names, titles). */
export const MAX_LABEL = 500;

/** A non-empty identifier: letters, digits and `._:-`, at most {@link MAX_ID} characters. */
export const Id = z.string().check(z.minLength(1), z.maxLength(MAX_ID), z.regex(/^[\p{L}\p{N}._:-]+$/u));
/** A non-empty single-line label. */
export const Label = z.string().check(z.minLength(1), z.maxLength(MAX_LABEL));
/** Free text (may be empty), bounded. */
export const Text = z.string().check(z.maxLength(MAX_TEXT));
/** An ISO 8601 date-time with an explicit offset or `Z`, e.g. `2026-03-04T08:15:00+07:00`. */
export const IsoDateTime = z.iso.datetime({ offset: true });
/** An ISO 8601 calendar date `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();
/** A non-negative integer count. */
export const Count = z.int().check(z.nonnegative());
/**
 * A safe http(s) URL or a site-relative path. `javascript:` and other schemes are rejected, and so are
 * `//host` and `/\host`, which browsers resolve to another host.
 */
export const SafeUrl = z.string().check(
  z.maxLength(2048),
  z.refine((s) => /^(https?:\/\/|\/(?![/\\])|\.{1,2}\/)/i.test(s), { message: 'url' }),
);
/** National procedure code, e.g. `1.001193`. */
export const ProcedureCode = z.string().check(z.regex(/^\d\.\d{6}$/));
/**
 * Dossier code (Circular 01/2018/TT-VPCP Art. 19): agency identifier, reception date YYMMDD,
 * 4-digit daily sequence, e.g. `H15.50.05.13-261008-0975`.
 */
export const DossierCode = z.string().check(z.regex(/^[A-Z]\d{2}(\.[A-Z0-9]{1,4}){0,4}-\d{6}-\d{4}$/));
/**
 * Reports every repeated key of `items` as a `duplicate-id:<key>` issue at `[...path, index, field]`
 * (the first occurrence is kept as the original). For use inside `z.superRefine`.
 */
export function reportDuplicates<T>(
  ctx: z.core.$RefinementCtx<unknown>,
  items: readonly T[],
  key: (item: T) => string | number,
  path: readonly PropertyKey[],
  field: PropertyKey,
): void {
  const seen = new Set<string | number>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) ctx.issues.push({ code: 'custom', message: `duplicate-id:${k}`, input: k, path: [...path, i, field] });
    seen.add(k);
  });
}
/** UI languages shipped with the library. */
export const Lang = z.enum(['vi', 'en']);
export type Lang = z.infer<typeof Lang>;
