import { MARK_END, MARK_START } from "@/lib/claims/view-constants";

/**
 * Text with search matches wrapped in <mark>. The database marks matches with control
 * characters (never HTML), so user text is only ever rendered as text.
 */
export function Highlighted({ text }: { text: string }) {
  if (!text.includes(MARK_START)) return <>{text}</>;
  const parts = text.split(MARK_START);
  return (
    <>
      {parts[0]}
      {parts.slice(1).map((part, index) => {
        const [matched = "", rest = ""] = part.split(MARK_END);
        return (
          <span key={index}>
            <mark>{matched}</mark>
            {rest}
          </span>
        );
      })}
    </>
  );
}
