import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { InvitationForm } from "@/components/admin/invitation-form";
import { InlineAction } from "@/components/forms/inline-action";
import { getCurrentUser } from "@/lib/auth/session";
import { isAdmin } from "@/lib/auth/roles";
import { enumChoices, ROLES } from "@/lib/domain/enums";
import { listOpenInvitations, listUsersForAdmin } from "@/lib/users/data";
import { changeRoleAction, createInvitationAction, deactivateUserAction, reactivateUserAction } from "@/lib/users/actions";
import "@/components/forms/forms.css";

export const metadata: Metadata = { title: "Users" };

export default async function AdminUsersPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/admin/users");
  if (!isAdmin(user)) {
    return (
      <div className="edit-page">
        <h1>Users</h1>
        <p>Only administrators manage accounts.</p>
      </div>
    );
  }
  const [users, invitations] = await Promise.all([listUsersForAdmin(), listOpenInvitations()]);
  const roles = enumChoices(ROLES);
  return (
    <div className="edit-page">
      <h1>Users</h1>
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">E-mail</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {users.map((row) => (
            <tr key={row.id} data-testid="user-row">
              <th scope="row">{row.name}</th>
              <td>{row.email}</td>
              <td>
                <InlineAction action={changeRoleAction} hidden={{ userId: row.id }} label={`Role of ${row.name}`} success="Role changed.">
                  <select name="role" defaultValue={row.role} aria-label={`Role of ${row.name}`}>
                    {roles.map((role) => (
                      <option key={role.value} value={role.value}>
                        {role.label}
                      </option>
                    ))}
                  </select>
                  <button type="submit" className="button">
                    Change
                  </button>
                </InlineAction>
              </td>
              <td>
                {row.active ? (
                  <InlineAction action={deactivateUserAction} hidden={{ userId: row.id }} label={`Deactivate ${row.name}`} success="Deactivated; signed out everywhere.">
                    active, {row.sessions} session{row.sessions === 1 ? "" : "s"}{" "}
                    {row.id !== user.id && (
                      <button type="submit" className="button button-danger">
                        Deactivate
                      </button>
                    )}
                  </InlineAction>
                ) : (
                  <InlineAction action={reactivateUserAction} hidden={{ userId: row.id }} label={`Reactivate ${row.name}`} success="Reactivated.">
                    deactivated{" "}
                    <button type="submit" className="button">
                      Reactivate
                    </button>
                  </InlineAction>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Invite someone</h2>
      <InvitationForm action={createInvitationAction} roles={roles} />

      {invitations.length > 0 && (
        <>
          <h2>Open invitations</h2>
          <ul>
            {invitations.map((invitation) => (
              <li key={invitation.id}>
                {invitation.role.toLowerCase()}
                {invitation.email && <> for {invitation.email}</>}, created by {invitation.createdBy?.name ?? "setup"} on{" "}
                {invitation.createdAt.toLocaleDateString()}
                {invitation.expiresAt && <>, expires {invitation.expiresAt.toLocaleDateString()}</>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
