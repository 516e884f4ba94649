"use server";
import { adminAction, editorAction, signedInAction } from "@/lib/actions/client";
import {
  createAnnotation,
  deleteAnnotation,
  flagAnnotation,
  moderateAnnotation,
  reattachAnnotation,
  updateAnnotation,
} from "@/lib/annotations/mutations";
import {
  annotationCreateSchema,
  annotationDeleteSchema,
  annotationFlagSchema,
  annotationModerateSchema,
  annotationReattachSchema,
  annotationUpdateSchema,
} from "@/lib/annotations/schema";

const onClaim = (result: { id: string; claimId: string }) => `/claims/${result.claimId}#annotation-${result.id}`;

export const createAnnotationAction = editorAction("annotation.create", annotationCreateSchema, createAnnotation, { redirectTo: onClaim });

/** Authors their own, admins any (checked in the mutation). */
export const updateAnnotationAction = editorAction("annotation.update", annotationUpdateSchema, updateAnnotation, { redirectTo: onClaim });

export const deleteAnnotationAction = editorAction("annotation.delete", annotationDeleteSchema, deleteAnnotation, {
  redirectTo: (result) => `/claims/${result.claimId}#annotations`,
});

export const reattachAnnotationAction = editorAction("annotation.reattach", annotationReattachSchema, reattachAnnotation, { redirectTo: onClaim });

export const flagAnnotationAction = signedInAction("annotation.flag", annotationFlagSchema, flagAnnotation);

export const moderateAnnotationAction = adminAction("annotation.moderate", annotationModerateSchema, moderateAnnotation);
