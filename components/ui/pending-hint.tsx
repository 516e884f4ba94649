"use client";

import { useLinkStatus } from "next/link";

/**
 * The loading state of a navigation: shown inside the <Link> that was followed until the next
 * page arrives. Pages render whole on the server (so a missing record is a real 404 and every
 * page reads without JavaScript); this is the feedback while one is on its way.
 */
export function PendingHint() {
  const { pending } = useLinkStatus();
  return pending ? (
    <span className="pending-hint" role="status">
      {" "}
      Loading…
    </span>
  ) : null;
}
