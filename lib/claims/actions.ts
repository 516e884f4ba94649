"use server";
import { editorAction } from "@/lib/actions/client";
import { claimCreateSchema, claimStatusSchema, claimUpdateSchema } from "@/lib/claims/schema";
import { createClaim, setClaimStatus, updateClaim } from "@/lib/claims/mutations";

export const createClaimAction = editorAction("claim.create", claimCreateSchema, createClaim, {
  redirectTo: (claim) => `/claims/${claim.id}?created=1`,
});

export const updateClaimAction = editorAction("claim.update", claimUpdateSchema, updateClaim);

export const setClaimStatusAction = editorAction("claim.setStatus", claimStatusSchema, setClaimStatus, {
  redirectTo: (claim) => `/claims/${claim.id}`,
});
