import type { FormState } from "@/lib/actions/result";

/**
 * A server action used directly as a plain <form action> (a button with no page state: sign
 * out, deactivate). React calls such actions with the FormData only, so the previous-state
 * argument is bound to null; the result is not shown (the action redirects or the page
 * re-renders), hence the void signature React's form typing asks for.
 */
export function asFormAction<Data>(
  action: (previous: FormState<Data>, input: FormData) => Promise<FormState<Data>>,
): (formData: FormData) => Promise<void> {
  return action.bind(null, null) as unknown as (formData: FormData) => Promise<void>;
}
