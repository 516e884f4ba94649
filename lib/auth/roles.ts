import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/domain/enums";

/** The signed-in person, as the app sees them. `email` never goes into a page others can read. */
export interface CurrentUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
}

/** Who may call an action: anyone, anyone signed in, editors (and admins), admins only. */
export type Access = "public" | "signed-in" | "editor" | "admin";

export const ROLES_FOR: Record<Exclude<Access, "public" | "signed-in">, readonly Role[]> = {
  editor: ["EDITOR", "ADMIN"],
  admin: ["ADMIN"],
};

/** Throws UNAUTHORIZED when nobody is signed in, FORBIDDEN when their role is not in `roles`. */
export function requireRole(user: CurrentUser | null, roles: readonly Role[]): CurrentUser {
  if (!user) throw new AppError("UNAUTHORIZED", "Your session has ended. Sign in again to save.");
  if (!roles.includes(user.role)) {
    throw new AppError("FORBIDDEN", `This needs the ${roles.map((role) => role.toLowerCase()).join(" or ")} role.`);
  }
  return user;
}

/** Checks `access` for `user`; returns the user (null only for public access). */
export function requireAccess(user: CurrentUser | null, access: Access): CurrentUser | null {
  if (access === "public") return user;
  if (access === "signed-in") return requireRole(user, ["VIEWER", "EDITOR", "ADMIN"]);
  return requireRole(user, ROLES_FOR[access]);
}

export function canEdit(user: CurrentUser | null): boolean {
  return user !== null && ROLES_FOR.editor.includes(user.role);
}

export function isAdmin(user: CurrentUser | null): boolean {
  return user !== null && ROLES_FOR.admin.includes(user.role);
}
