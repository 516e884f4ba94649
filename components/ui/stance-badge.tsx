import type { Stance } from "@/lib/claims/schema";
import { STANCE_LABELS } from "@/components/ui/labels";

export function StanceBadge({ stance }: { stance: Stance }) {
  return <span className={`badge stance-${stance.toLowerCase()}`}>{STANCE_LABELS[stance]}</span>;
}
