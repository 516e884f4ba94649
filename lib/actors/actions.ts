"use server";
import { editorAction } from "@/lib/actions/client";
import { actorCreateSchema, actorUpdateSchema } from "@/lib/actors/schema";
import { createActor, updateActor } from "@/lib/actors/mutations";

export const createActorAction = editorAction("actor.create", actorCreateSchema, createActor, {
  redirectTo: (actor) => `/actors/${actor.id}?created=1`,
});

export const updateActorAction = editorAction("actor.update", actorUpdateSchema, updateActor);
