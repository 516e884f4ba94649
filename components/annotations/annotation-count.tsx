import Link from "next/link";
import { notesLabel } from "@/lib/annotations/labels";

/** " · 3 notes" on a timeline card, linking to the claim's notes; nothing when there are none. */
export function AnnotationCount({ claimId, count }: { claimId: string; count: number }) {
  if (count === 0) return null;
  return (
    <>
      {" · "}
      <Link href={`/claims/${claimId}#annotations`} data-testid="card-notes">
        {notesLabel(count)}
      </Link>
    </>
  );
}
