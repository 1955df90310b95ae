import { useState } from 'react';

import { isProblemError, problemMessage } from '../api/problem';
import { formErrorsFromError, noFormErrors, type FieldLabels, type FormErrors, type PartLabels } from './form-errors';

export type ParsedForm<I, F extends string> = { input: I } | { errors: FormErrors<F> };

type VersionedEditOptions<R extends { version: number }, V, F extends string, I> = {
  /** The resource as it was when the user started editing. */
  resource: R;
  valuesOf: (resource: R) => V;
  labels: FieldLabels<F>;
  /** Names for the parts of list fields' items, for their violations. */
  partLabels?: PartLabels;
  /** The request body, or the errors that keep the form from being sent (text where a number belongs). */
  toInput: (values: V) => ParsedForm<I, F>;
  /** Sends the change with If-Match for `version`. */
  save: (change: { version: number; input: I }) => Promise<R>;
  /** The current version from the server, read past any cache. */
  fetchCurrent: () => Promise<R>;
  onSaved: (saved: R) => void;
};

/**
 * Editing a resource that others may change at the same time. The form keeps what the user typed through
 * every failure: violations land on their fields, and a stale version (412) fetches the current one so the
 * user can compare, then save theirs over it or take it instead.
 */
export function useVersionedEdit<R extends { version: number }, V, F extends string, I>({
  resource,
  valuesOf,
  labels,
  partLabels = {},
  toInput,
  save,
  fetchCurrent,
  onSaved,
}: VersionedEditOptions<R, V, F, I>) {
  const [values, setValues] = useState(() => valuesOf(resource));
  const [baseVersion, setBaseVersion] = useState(resource.version);
  const [conflict, setConflict] = useState<R | null>(null);
  const [errors, setErrors] = useState(noFormErrors<F>);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);

  async function saveFrom(version: number) {
    setAttempt((n) => n + 1);
    const parsed = toInput(values);
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      return;
    }
    setSaving(true);
    try {
      const saved = await save({ version, input: parsed.input });
      // A form that stays on screen edits on from what was saved.
      setValues(valuesOf(saved));
      setBaseVersion(saved.version);
      setErrors(noFormErrors());
      setConflict(null);
      onSaved(saved);
    } catch (error) {
      if (isProblemError(error) && error.isStaleVersion) {
        await showConflict();
      } else {
        setErrors(formErrorsFromError(error, labels, partLabels));
      }
    } finally {
      setSaving(false);
    }
  }

  async function showConflict() {
    try {
      setConflict(await fetchCurrent());
      setErrors(noFormErrors());
    } catch (error) {
      setConflict(null);
      setErrors({ fields: {}, general: [problemMessage(error)] });
    }
  }

  return {
    values,
    setValues,
    errors,
    attempt,
    saving,
    /** The newer version someone else saved, while the user decides what to do. */
    conflict,
    submit: () => saveFrom(baseVersion),
    /** Saves what the user typed over the newer version. */
    saveMineOverConflict: () => {
      if (!conflict) return;
      setBaseVersion(conflict.version);
      void saveFrom(conflict.version);
    },
    /** Replaces what the user typed with the newer version and edits on from there. */
    discardMine: () => {
      if (!conflict) return;
      setValues(valuesOf(conflict));
      setBaseVersion(conflict.version);
      setConflict(null);
      setErrors(noFormErrors());
    },
  };
}
