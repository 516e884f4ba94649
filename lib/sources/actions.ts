"use server";
import { editorAction } from "@/lib/actions/client";
import { sourceCreateSchema, sourceUpdateSchema } from "@/lib/sources/schema";
import { createSource, updateSource } from "@/lib/sources/mutations";

export const createSourceAction = editorAction("source.create", sourceCreateSchema, (tx, input, context) => createSource(tx, input, context), {
  redirectTo: (source) => `/sources/${source.id}?created=1`,
});

export const updateSourceAction = editorAction("source.update", sourceUpdateSchema, updateSource);
