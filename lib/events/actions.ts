"use server";
import { editorAction } from "@/lib/actions/client";
import { eventCreateSchema, eventUpdateSchema } from "@/lib/events/schema";
import { createEvent, updateEvent } from "@/lib/events/mutations";

export const createEventAction = editorAction("event.create", eventCreateSchema, createEvent, {
  redirectTo: (event) => `/disputes/${event.slug}`,
});

export const updateEventAction = editorAction("event.update", eventUpdateSchema, updateEvent);
