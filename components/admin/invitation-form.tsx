"use client";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/fields";
import type { FormState } from "@/lib/actions/result";
import type { Role } from "@/lib/domain/enums";

interface Invitation {
  link: string;
  role: Role;
  expiresAt: string | null;
}

/** Invite someone: the one-time link is shown once, to copy (there is no mail server). */
export function InvitationForm({
  action,
  roles,
}: {
  action: (previous: FormState<Invitation>, input: FormData) => Promise<FormState<Invitation>>;
  roles: { value: string; label: string }[];
}) {
  return (
    <ActionForm
      action={action}
      initialValues={{ role: "EDITOR", email: "" }}
      submitLabel="Create invitation link"
      renderSuccess={(data) => (
        <>
          <p>
            Send this one-time link to the person you invite as {data.role.toLowerCase()} (it works once
            {data.expiresAt ? `, until ${new Date(data.expiresAt).toLocaleDateString()}` : ""}):
          </p>
          <p className="invitation-link" data-testid="invitation-link">
            {data.link}
          </p>
        </>
      )}
    >
      <SelectField name="role" label="Role" choices={roles} required />
      <TextField name="email" label="Their e-mail address (optional: fixes the account's address)" type="email" />
    </ActionForm>
  );
}
