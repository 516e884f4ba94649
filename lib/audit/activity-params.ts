import { z } from "zod";
import { RECORD_TYPES } from "@/lib/audit/fields";

/** /activity's view in its URL (editor, record type, and `before` for paging): bad values are dropped, never an error. */
export const activityParamsSchema = z.object({
  editor: z.string().regex(/^[A-Za-z0-9]{20,40}$/).optional().catch(undefined),
  type: z.enum(Object.keys(RECORD_TYPES) as [string, ...string[]]).optional().catch(undefined),
  before: z.iso.datetime().optional().catch(undefined),
});

export type ActivityParams = z.infer<typeof activityParamsSchema>;

export function parseActivityParams(get: (name: string) => string | string[] | null | undefined): ActivityParams {
  const one = (value: string | string[] | null | undefined) => (Array.isArray(value) ? value[0] : (value ?? undefined));
  return activityParamsSchema.parse({ editor: one(get("editor")), type: one(get("type")), before: one(get("before")) });
}
