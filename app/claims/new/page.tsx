import type { Metadata } from "next";
import Link from "next/link";
import { NewClaimForm } from "@/components/claims-edit/claim-form";
import { NotAllowed } from "@/components/forms/not-allowed";
import { editorOrSignIn } from "@/lib/auth/page-guard";
import { createClaimAction } from "@/lib/claims/actions";
import { getDisputeHeading } from "@/lib/disputes/form-data";
import { disputeSlugSchema } from "@/lib/disputes/schema";
import "@/components/forms/forms.css";

export const metadata: Metadata = { title: "New claim" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function NewClaimPage({ searchParams }: Props) {
  const raw = (await searchParams).dispute;
  const slug = disputeSlugSchema.safeParse(Array.isArray(raw) ? raw[0] : raw);
  if (!(await editorOrSignIn(`/claims/new${slug.success ? `?dispute=${slug.data}` : ""}`))) return <NotAllowed title="New claim" />;
  const dispute = slug.success ? await getDisputeHeading(slug.data) : null;
  const values = { disputeId: dispute?.id ?? "", claimantId: "", stance: "AFFIRMS", text: "", quote: "", madeAt: "" };
  return (
    <div className="edit-page">
      {dispute && (
        <p className="breadcrumbs">
          <Link href={`/disputes/${dispute.slug}`}>{dispute.title}</Link> /
        </p>
      )}
      <h1>New claim</h1>
      <NewClaimForm action={createClaimAction} values={values} labels={{ dispute: dispute?.title }} />
    </div>
  );
}
