import * as z from 'zod/mini';
import { Id, IsoDateTime, ProcedureCode, DossierCode } from './common.js';

/** A citizen's feedback or petition (phản ánh, kiến nghị – PAKN), enough for the Decision 766 satisfaction group. */
export const Petition = z.object({
  id: Id,
  unitId: Id,
  receivedAt: IsoDateTime,
  /** Deadline for handling (working days per the unit's rules, already resolved to a time). */
  dueAt: IsoDateTime,
  handledAt: z.optional(z.nullable(IsoDateTime)),
  status: z.enum(['open', 'handled', 'refused']),
  /** What it is about: regulations (quy định hành chính) or staff conduct. */
  topic: z.enum(['regulation', 'staff', 'other']),
  /** The petitioner's verdict on the answer. */
  verdict: z.optional(z.nullable(z.enum(['like', 'dislike']))),
  /** Raised again after an answer. */
  reopened: z.boolean(),
  procedureCode: z.optional(z.nullable(ProcedureCode)),
  dossierCode: z.optional(z.nullable(DossierCode)),
});
export type Petition = z.infer<typeof Petition>;
