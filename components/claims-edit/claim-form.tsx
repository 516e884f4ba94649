import { ActionForm } from "@/components/forms/action-form";
import { DateField } from "@/components/forms/date-field";
import { SelectField, TextField } from "@/components/forms/fields";
import { RecordPicker } from "@/components/forms/record-picker";
import { SourceFields } from "@/components/sources/source-form";
import { ATTRIBUTION_LABELS, INDEPENDENCE_LABELS, LINK_LABELS, STANCE_LABELS } from "@/components/ui/labels";
import type { FormState } from "@/lib/actions/result";
import { ATTRIBUTION_KINDS, enumChoices, LINK_INDEPENDENCE, LINK_KINDS, STANCES } from "@/lib/domain/enums";

const INDEPENDENT_SOURCING_CHOICES = [
  { value: "", label: "The speaker’s account (shares the claim’s origin)" },
  { value: "yes", label: "Independently sourced (an origin of its own)" },
];

/** For corroborations: whether the two claims confirm each other independently (docs/origins.md). */
function IndependenceField() {
  return (
    <SelectField
      name="independence"
      label="Independence (for “corroborates”)"
      choices={enumChoices(LINK_INDEPENDENCE, INDEPENDENCE_LABELS)}
      hint="Independent only when the two claims were sourced separately; unknown is not counted as confirmation."
    />
  );
}

type Action<Data> = (previous: FormState<Data>, input: FormData) => Promise<FormState<Data>>;

/** The claim's own fields (create and edit). */
function ClaimFields({ labels }: { labels: { dispute?: string; claimant?: string } }) {
  return (
    <>
      <RecordPicker name="disputeId" label="Dispute" type="dispute" required initialLabel={labels.dispute} />
      <RecordPicker name="claimantId" label="Who made the claim" type="actor" required initialLabel={labels.claimant} hint="The speaker: a person, a body, or an anonymous group such as “U.S. officials”." />
      <SelectField name="stance" label="Stance on the proposition" choices={enumChoices(STANCES, STANCE_LABELS)} required />
      <TextField name="text" label="What was claimed (paraphrase)" required multiline rows={3} maxLength={2000} />
      <TextField name="quote" label="Exact words (optional)" multiline rows={3} maxLength={5000} />
      <DateField name="madeAt" label="When it was said" required />
    </>
  );
}

export function AppearanceFields({ claimId, prefix = "", labels = {}, sourceRequired = true }: { claimId?: string; prefix?: string; labels?: { sourceId?: string; viaId?: string }; sourceRequired?: boolean }) {
  return (
    <>
      <RecordPicker name={`${prefix}sourceId`} label="Source" type="source" required={sourceRequired} initialLabel={labels.sourceId} hint="The article, statement or post where the claim appears." />
      <DateField name={`${prefix}reportedAt`} label="Published or reported on" hint={prefix ? "Left empty: the date the claim was made." : undefined} required={!prefix} />
      <SelectField name={`${prefix}attribution`} label="Attribution" choices={enumChoices(ATTRIBUTION_KINDS, ATTRIBUTION_LABELS)} required={!prefix} emptyLabel={prefix ? "Chosen from the quote (quoted or paraphrased)" : undefined} />
      <TextField name={`${prefix}attributionPhrase`} label="Attribution as worded" maxLength={500} hint="For example “U.S. officials told the Financial Times”." />
      {claimId && <RecordPicker name={`${prefix}viaId`} label="Relays (via)" type="appearance" claim={claimId} initialLabel={labels.viaId} hint="The earlier appearance of this claim that this one repeats." emptyLabel="An origin, relaying nothing," />}
      <TextField name={`${prefix}excerpt`} label="Excerpt" multiline rows={3} maxLength={5000} />
      {claimId && (
        <SelectField
          name={`${prefix}independentlySourced`}
          label="Sourcing event"
          choices={INDEPENDENT_SOURCING_CHOICES}
          hint="An outlet the speaker gave the same account to shares the claim’s one origin. Mark an origin as independently sourced only when the outlet got it separately (its own sources, a document it obtained itself). Relays are never independent."
        />
      )}
    </>
  );
}

export function NewClaimForm<Data>({ action, values, labels }: { action: Action<Data>; values: Record<string, string>; labels: { dispute?: string; claimant?: string } }) {
  return (
    <ActionForm action={action} initialValues={values} draftKey={`claim:new:${values.disputeId ?? ""}`} submitLabel="Create claim">
      <ClaimFields labels={labels} />
      <fieldset>
        <legend>Where it is on the record (first appearance, optional)</legend>
        <p className="field-hint">Pick the source, or describe a new one below. Both are saved with the claim, in one go.</p>
        <AppearanceFields prefix="appearance." sourceRequired={false} />
        <fieldset>
          <legend>…or a new source</legend>
          <p className="field-hint">Fill in a title here to create the source instead of picking one.</p>
          <SourceFields prefix="newSource." />
        </fieldset>
      </fieldset>
    </ActionForm>
  );
}

export function EditClaimForm<Data>({ action, id, version, values, labels }: { action: Action<Data>; id: string; version: number; values: Record<string, string>; labels: { dispute?: string; claimant?: string } }) {
  return (
    <ActionForm action={action} initialValues={values} version={version} draftKey={`claim:edit:${id}`} submitLabel="Save claim" summaryField>
      <input type="hidden" name="id" value={id} />
      <ClaimFields labels={labels} />
    </ActionForm>
  );
}

export function AppearanceForm<Data>({ action, claimId, id, version, values, labels }: { action: Action<Data>; claimId: string; id?: string; version?: number; values: Record<string, string>; labels?: { sourceId?: string; viaId?: string } }) {
  return (
    <ActionForm action={action} initialValues={values} version={version} draftKey={id ? `appearance:edit:${id}` : `appearance:new:${claimId}`} submitLabel={id ? "Save appearance" : "Add appearance"} summaryField={Boolean(id)}>
      {id ? <input type="hidden" name="id" value={id} /> : <input type="hidden" name="claimId" value={claimId} />}
      <AppearanceFields claimId={claimId} labels={labels} />
    </ActionForm>
  );
}

export function NewLinkForm<Data>({ action, claimId }: { action: Action<Data>; claimId: string }) {
  const kinds = LINK_KINDS.map((kind) => ({ value: kind, label: LINK_LABELS[kind].from.toLowerCase() }));
  return (
    <ActionForm action={action} initialValues={{ direction: "from", kind: "DENIES", otherId: "", note: "", independence: "UNKNOWN" }} draftKey={`link:new:${claimId}`} submitLabel="Add link">
      <input type="hidden" name="claimId" value={claimId} />
      <SelectField name="direction" label="Direction" choices={[{ value: "from", label: "This claim … the other claim" }, { value: "to", label: "The other claim … this claim" }]} required />
      <SelectField name="kind" label="How" choices={kinds} required />
      <RecordPicker name="otherId" label="The other claim" type="claim" required hint="Search by its words or its claimant." />
      <TextField name="note" label="Note" multiline rows={2} maxLength={1000} />
      <IndependenceField />
    </ActionForm>
  );
}

export function LinkEditForm<Data>({ action, id, version, values }: { action: Action<Data>; id: string; version: number; values: Record<string, string> }) {
  return (
    <ActionForm action={action} initialValues={values} version={version} submitLabel="Save link" className="link-edit-form">
      <input type="hidden" name="id" value={id} />
      <SelectField name="kind" label="Kind" choices={LINK_KINDS.map((kind) => ({ value: kind, label: LINK_LABELS[kind].from }))} required />
      <TextField name="note" label="Note" maxLength={1000} />
      <IndependenceField />
    </ActionForm>
  );
}
