import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChangeSetView } from "@/components/history/change-set";
import { RevertButton } from "@/components/history/revert-button";
import { getChangeSet } from "@/lib/audit/data";
import { canEdit } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { recordIdSchema } from "@/lib/claims/schema";
import "@/components/forms/forms.css";

export const metadata: Metadata = { title: "A change" };

export default async function ChangeSetPage({ params }: { params: Promise<{ id: string }> }) {
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const [changeSet, user] = await Promise.all([getChangeSet(id.data), getCurrentUser()]);
  if (!changeSet) notFound();
  return (
    <div className="edit-page">
      <p className="breadcrumbs">
        <Link href="/activity">Recent changes</Link> /
      </p>
      <h1>A change</h1>
      <ChangeSetView changeSet={changeSet} headingLevel={2} />
      {changeSet.reverts.length > 0 && (
        <p>
          Reverted by <Link href={`/activity/${changeSet.reverts[0]?.id}`}>a later change</Link>.
        </p>
      )}
      {canEdit(user) && changeSet.reverts.length === 0 && <RevertButton changeSetId={changeSet.id} />}
    </div>
  );
}
