import { z } from "zod";
import { actorKindSchema } from "@/lib/domain/enums";
import { baseSchema, changeSummarySchema, optionalRef, optionalText, requiredText, versionSchema } from "@/lib/forms/fields";

/** The actor's editable fields: forms, actions, the API and the import share this definition. */
export const actorFieldsSchema = z.object({
  name: requiredText("a name", 200),
  kind: actorKindSchema,
  role: optionalText("the role or title", 200),
  country: optionalText("the country", 100),
  affiliationId: optionalRef,
  changeSummary: changeSummarySchema,
});
export type ActorFields = z.output<typeof actorFieldsSchema>;

export const actorCreateSchema = actorFieldsSchema;
export const actorUpdateSchema = actorFieldsSchema.extend({ id: z.string().min(1).max(40), version: versionSchema, base: baseSchema });

export const ACTOR_FIELDS = [
  { key: "name", label: "Name" },
  { key: "kind", label: "Kind" },
  { key: "role", label: "Role or title" },
  { key: "country", label: "Country" },
  { key: "affiliationId", label: "Affiliation" },
] as const;
