import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, TextField } from "@/components/forms/fields";
import { signInAction } from "@/lib/auth/actions";
import { getCurrentUser } from "@/lib/auth/session";
import { returnPathSchema } from "@/lib/users/schema";
import "@/components/forms/forms.css";

export const metadata: Metadata = { title: "Sign in" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = returnPathSchema.parse(first(params.next));
  const user = await getCurrentUser();
  const email = first(params.email)?.slice(0, 254) ?? "";
  return (
    <div className="edit-page">
      <h1>Sign in</h1>
      {first(params.created) && <p className="form-summary form-success">Your account is ready. Sign in with it.</p>}
      {first(params.signedOut) === "everywhere" && (
        <p className="form-summary form-success">You are signed out on every device.</p>
      )}
      {user && (
        <p>
          You are signed in as <strong>{user.name}</strong>. <Link href={next}>Continue</Link>, or sign in as someone else below.
        </p>
      )}
      <ActionForm action={signInAction} initialValues={{ email, next }} submitLabel="Sign in">
        <HiddenField name="next" />
        <TextField name="email" label="E-mail address" type="email" autoComplete="username" required />
        <TextField name="password" label="Password" type="password" autoComplete="current-password" required />
      </ActionForm>
      <p className="muted">
        Accounts are created by invitation: ask an administrator for a link. Reading needs no account.
      </p>
    </div>
  );
}
