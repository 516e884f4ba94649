"use server";
import { editorAction } from "@/lib/actions/client";
import { disputeCreateSchema, disputeUpdateSchema } from "@/lib/disputes/schema";
import { createDispute, updateDispute } from "@/lib/disputes/mutations";

export const createDisputeAction = editorAction("dispute.create", disputeCreateSchema, createDispute, {
  redirectTo: (dispute) => `/disputes/${dispute.slug}?created=1`,
});

export const updateDisputeAction = editorAction("dispute.update", disputeUpdateSchema, updateDispute);
