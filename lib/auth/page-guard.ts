import "server-only";
import { redirect } from "next/navigation";
import { canEdit, type CurrentUser } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";

/**
 * For editing pages: signed out → the sign-in page, coming back here after; signed in without
 * the editor role → null (the page says so). The actions check again: this only spares people
 * a form they could not save.
 */
export async function editorOrSignIn(returnTo: string): Promise<CurrentUser | null> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return canEdit(user) ? user : null;
}
