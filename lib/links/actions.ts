"use server";
import { editorAction } from "@/lib/actions/client";
import { linkCreateSchema, linkUpdateSchema, recordRefSchema } from "@/lib/claims/schema";
import { createLink, deleteLink, updateLink } from "@/lib/links/mutations";

export const createLinkAction = editorAction("link.create", linkCreateSchema, createLink, {
  redirectTo: (link) => `/claims/${link.fromId}#links`,
});

export const updateLinkAction = editorAction("link.update", linkUpdateSchema, updateLink);

export const deleteLinkAction = editorAction("link.delete", recordRefSchema, deleteLink, {
  redirectTo: (result) => `/claims/${result.fromId}#links`,
});
