import type { AnnotationMotivation } from "@/lib/domain/enums";

/** Display names of the annotation kinds (a plain module: safe in client components). */
export const MOTIVATION_LABELS: Record<AnnotationMotivation, string> = {
  COMMENTING: "Comment",
  QUESTIONING: "Question",
  ASSESSING: "Assessment",
  LINKING: "Link",
};

/** "3 notes", "1 note". */
export function notesLabel(count: number): string {
  return `${count} note${count === 1 ? "" : "s"}`;
}
