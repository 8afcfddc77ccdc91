import * as z from 'zod/mini';
import { Id, Label, SafeUrl, Count } from './common.js';

/** Kind of administrative or organisational unit in the tree. */
export const UnitKind = z.enum(['province', 'centre', 'city', 'district', 'ward', 'commune', 'special_zone', 'department', 'other']);
export type UnitKind = z.infer<typeof UnitKind>;

/** One node of the organisation tree (province → centre → commune/ward units). */
export const OrgUnit = z.object({
  id: Id,
  name: Label,
  kind: UnitKind,
  /** Parent node id; `null` or absent for the root. */
  parentId: z.optional(z.nullable(Id)),
  /** Agency code used in dossier codes (e.g. `H49.50.05`). */
  code: z.optional(z.string().check(z.maxLength(40))),
  /** Short name for tight layouts. */
  shortName: z.optional(Label),
});
export type OrgUnit = z.infer<typeof OrgUnit>;

/** A field of procedures (lĩnh vực), e.g. Hộ tịch, Chứng thực, Đất đai. */
export const Field = z.object({
  id: Id,
  name: Label,
  /** Ticket numbers for this field start at this value (e.g. 1001). */
  ticketBase: z.optional(Count),
});
export type Field = z.infer<typeof Field>;

/** A counter (quầy) at a unit's one-stop desk, serving one or more fields. */
export const Counter = z.object({
  id: Id,
  unitId: Id,
  /** Number painted above the counter and spoken in calls. */
  number: z.int().check(z.positive(), z.lte(999)),
  name: Label,
  fieldIds: z.array(Id).check(z.minLength(1), z.maxLength(50)),
  /** Officers usually on duty here. */
  officerIds: z.optional(z.array(Id).check(z.maxLength(50))),
});
export type Counter = z.infer<typeof Counter>;

/** An officer (cán bộ) who may be shown on a rating tablet. No personal data beyond the public name and photo. */
export const Officer = z.object({
  id: Id,
  unitId: Id,
  name: Label,
  title: z.optional(Label),
  photoUrl: z.optional(SafeUrl),
});
export type Officer = z.infer<typeof Officer>;

const OrgDataShape = z.object({
  /** Format version of this document. */
  version: z.literal(1),
  /** Nodes of the tree; exactly one root (no parent). */
  units: z.array(OrgUnit).check(z.minLength(1), z.maxLength(5000)),
  fields: z.array(Field).check(z.maxLength(500)),
  counters: z.array(Counter).check(z.maxLength(5000)),
  officers: z.array(Officer).check(z.maxLength(20000)),
});

/**
 * The organisation as data: units tree, fields, counters, officers. Checked for unique ids,
 * one root, existing parents, no cycles and counters/officers pointing at known units and fields.
 */
export const OrgData = OrgDataShape.check(
  z.superRefine((org, ctx) => {
    const ids = new Map<string, number>();
    org.units.forEach((u, i) => {
      if (ids.has(u.id)) ctx.issues.push({ code: 'custom', message: `duplicate-id:${u.id}`, input: u.id, path: ['units', i, 'id'] });
      ids.set(u.id, i);
    });
    const roots = org.units.filter((u) => u.parentId == null);
    if (roots.length !== 1) ctx.issues.push({ code: 'custom', message: `one-root:${roots.length}`, input: roots.length, path: ['units'] });
    org.units.forEach((u, i) => {
      if (u.parentId != null && !ids.has(u.parentId))
        ctx.issues.push({ code: 'custom', message: `unknown-ref:${u.parentId}`, input: u.parentId, path: ['units', i, 'parentId'] });
    });
    // Cycle check: walk up from each node at most N steps.
    const parent = new Map(org.units.map((u) => [u.id, u.parentId ?? null]));
    org.units.forEach((u, i) => {
      let cur: string | null = u.parentId ?? null;
      for (let steps = 0; cur != null; steps++) {
        if (cur === u.id || steps > org.units.length) {
          ctx.issues.push({ code: 'custom', message: `cycle:${u.id}`, input: u.id, path: ['units', i, 'parentId'] });
          break;
        }
        cur = parent.get(cur) ?? null;
      }
    });
    const fieldIds = new Set<string>();
    org.fields.forEach((f, i) => {
      if (fieldIds.has(f.id)) ctx.issues.push({ code: 'custom', message: `duplicate-id:${f.id}`, input: f.id, path: ['fields', i, 'id'] });
      fieldIds.add(f.id);
    });
    const counterIds = new Set<string>();
    org.counters.forEach((c, i) => {
      if (counterIds.has(c.id)) ctx.issues.push({ code: 'custom', message: `duplicate-id:${c.id}`, input: c.id, path: ['counters', i, 'id'] });
      counterIds.add(c.id);
      if (!ids.has(c.unitId)) ctx.issues.push({ code: 'custom', message: `unknown-ref:${c.unitId}`, input: c.unitId, path: ['counters', i, 'unitId'] });
      c.fieldIds.forEach((f, j) => {
        if (!fieldIds.has(f)) ctx.issues.push({ code: 'custom', message: `unknown-ref:${f}`, input: f, path: ['counters', i, 'fieldIds', j] });
      });
    });
    const officerIds = new Set<string>();
    org.officers.forEach((o, i) => {
      if (officerIds.has(o.id)) ctx.issues.push({ code: 'custom', message: `duplicate-id:${o.id}`, input: o.id, path: ['officers', i, 'id'] });
      officerIds.add(o.id);
      if (!ids.has(o.unitId)) ctx.issues.push({ code: 'custom', message: `unknown-ref:${o.unitId}`, input: o.unitId, path: ['officers', i, 'unitId'] });
    });
  }),
);
export type OrgData = z.infer<typeof OrgData>;
