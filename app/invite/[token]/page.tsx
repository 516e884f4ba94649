import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, TextField } from "@/components/forms/fields";
import { acceptInvitationAction } from "@/lib/auth/actions";
import { findUsableInvitation } from "@/lib/users/data";
import { hashToken } from "@/lib/users/mutations";
import "@/components/forms/forms.css";

export const metadata: Metadata = { title: "Create your account", referrer: "no-referrer" };

interface Props {
  params: Promise<{ token: string }>;
}

export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const invitation = token.length >= 20 && token.length <= 200 ? await findUsableInvitation(hashToken(token)) : null;
  if (!invitation) {
    return (
      <div className="edit-page">
        <h1>This link does not work</h1>
        <p>It has been used, it has expired, or (for a setup link) an administrator already exists.</p>
        <p>
          Ask an administrator for a new invitation, or <Link href="/sign-in">sign in</Link>.
        </p>
      </div>
    );
  }
  const setup = invitation.purpose === "SETUP";
  return (
    <div className="edit-page">
      <h1>{setup ? "Create the first administrator" : "Create your account"}</h1>
      <p>
        {setup
          ? "No administrator exists yet. The account you create here manages the others."
          : `You were invited as ${invitation.role.toLowerCase()}.`}{" "}
        Your display name is shown on the changes you make; your e-mail address is never shown publicly.
      </p>
      <ActionForm action={acceptInvitationAction} initialValues={{ token, email: invitation.email ?? "" }} submitLabel="Create account">
        <HiddenField name="token" value={token} />
        {invitation.email ? (
          <p>
            E-mail address: <strong>{invitation.email}</strong>
          </p>
        ) : (
          <TextField name="email" label="E-mail address (you sign in with it)" type="email" autoComplete="username" required />
        )}
        <TextField name="name" label="Display name" autoComplete="name" required maxLength={80} />
        <TextField name="password" label="Password" hint="At least 10 characters." type="password" autoComplete="new-password" required />
        <TextField name="confirmPassword" label="Password again" type="password" autoComplete="new-password" required />
      </ActionForm>
    </div>
  );
}
