import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { asFormAction } from "@/lib/actions/form-action";
import { signOutAction, signOutEverywhereAction } from "@/lib/auth/actions";
import { getCurrentUser } from "@/lib/auth/session";
import "@/components/forms/forms.css";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/account");
  return (
    <div className="edit-page">
      <h1>Your account</h1>
      <dl className="facts">
        <dt>Display name</dt>
        <dd>{user.name}</dd>
        <dt>E-mail address</dt>
        <dd>{user.email} (only you and administrators see it)</dd>
        <dt>Role</dt>
        <dd>{user.role.toLowerCase()}</dd>
      </dl>
      <p>
        <Link href={`/activity?editor=${user.id}`}>Your changes</Link>
      </p>
      <form action={asFormAction(signOutAction)} className="inline-form">
        <button type="submit" className="button">
          Sign out
        </button>
      </form>{" "}
      <form action={asFormAction(signOutEverywhereAction)} className="inline-form">
        <button type="submit" className="button button-danger">
          Sign out everywhere
        </button>
      </form>
      <p className="muted">“Sign out everywhere” ends every session of this account, on every device.</p>
    </div>
  );
}
