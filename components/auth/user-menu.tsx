import Link from "next/link";
import { asFormAction } from "@/lib/actions/form-action";
import { signOutAction } from "@/lib/auth/actions";
import { getCurrentUser } from "@/lib/auth/session";
import "./user-menu.css";

/**
 * The header's account corner, server-rendered: "Sign in", or the display name with the
 * account page and a sign-out button (a plain form: no JavaScript needed, none shipped).
 */
export async function UserMenu() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <span className="user-menu">
        <Link href="/sign-in">Sign in</Link>
      </span>
    );
  }
  return (
    <span className="user-menu">
      {user.role === "ADMIN" && <Link href="/admin/users">Users</Link>}
      {user.role === "ADMIN" && <Link href="/admin/moderation">Moderation</Link>}
      <Link href="/activity">Activity</Link>
      <Link href="/account" data-testid="current-user">
        {user.name}
      </Link>
      <form action={asFormAction(signOutAction)} className="sign-out-form">
        <button type="submit" className="link-button">
          Sign out
        </button>
      </form>
    </span>
  );
}
