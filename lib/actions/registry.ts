import "server-only";
import * as actorActions from "@/lib/actors/actions";
import * as annotationActions from "@/lib/annotations/actions";
import * as appearanceActions from "@/lib/appearances/actions";
import * as auditActions from "@/lib/audit/actions";
import * as claimActions from "@/lib/claims/actions";
import * as eventActions from "@/lib/events/actions";
import * as linkActions from "@/lib/links/actions";
import * as recordActions from "@/lib/records/actions";
import * as authActions from "@/lib/auth/actions";
import * as disputeActions from "@/lib/disputes/actions";
import * as sourceActions from "@/lib/sources/actions";
import * as userActions from "@/lib/users/actions";
import type { AnyServerAction } from "@/lib/actions/client";

/**
 * Every write the app accepts, in one place: each "use server" module (all their exports are
 * server actions built by lib/actions/client.ts) and each route handler that writes. The
 * authorization test (tests/integration/authorization.test.ts) walks this list for every kind of
 * caller, and fails when a "use server" module, an action or a writing route is missing here.
 */
export const ACTION_MODULES = {
  "lib/auth/actions.ts": authActions,
  "lib/users/actions.ts": userActions,
  "lib/disputes/actions.ts": disputeActions,
  "lib/actors/actions.ts": actorActions,
  "lib/sources/actions.ts": sourceActions,
  "lib/claims/actions.ts": claimActions,
  "lib/appearances/actions.ts": appearanceActions,
  "lib/links/actions.ts": linkActions,
  "lib/events/actions.ts": eventActions,
  "lib/records/actions.ts": recordActions,
  "lib/audit/actions.ts": auditActions,
  "lib/annotations/actions.ts": annotationActions,
} as const satisfies Record<string, Record<string, AnyServerAction>>;

/** Route handlers that accept writes (POST/PUT/PATCH/DELETE), with who may call them. */
export const WRITE_ENDPOINTS: readonly { path: string; methods: readonly string[]; access: string; note: string }[] = [];

export function registeredActions(): { module: string; exportName: string; action: AnyServerAction }[] {
  return Object.entries(ACTION_MODULES).flatMap(([module, exports]) =>
    Object.entries(exports).map(([exportName, action]): { module: string; exportName: string; action: AnyServerAction } => ({
      module,
      exportName,
      action,
    })),
  );
}
