"use server";
import { editorAction } from "@/lib/actions/client";
import { createAppearance, deleteAppearance, updateAppearance } from "@/lib/appearances/mutations";
import { appearanceCreateSchema, appearanceUpdateSchema, recordRefSchema } from "@/lib/claims/schema";

export const createAppearanceAction = editorAction("appearance.create", appearanceCreateSchema, (tx, input, context) => createAppearance(tx, input, context), {
  redirectTo: (appearance) => `/claims/${appearance.claimId}#appearances`,
});

export const updateAppearanceAction = editorAction("appearance.update", appearanceUpdateSchema, updateAppearance);

export const deleteAppearanceAction = editorAction("appearance.delete", recordRefSchema, deleteAppearance, {
  redirectTo: (result) => `/claims/${result.claimId}#appearances`,
});
