import { useState } from 'react';

import { isProblemError, problemMessage } from '../api/problem';
import { formErrorsFromError, noFormErrors, type FieldLabels, type FormErrors, type PartLabels } from './form-errors';
import { mergeThreeWay, type ThreeWayMerge } from './three-way-merge';

export type ParsedForm<I, F extends string> = { input: I } | { errors: FormErrors<F> };

/** A newer version someone else saved while the user edited, and how the user's changes merge into it. */
export type VersionConflict<R, V> = {
  current: R;
  /** The newer version's values. */
  stored: V;
  /** What the user had in the form when they saved. */
  mine: V;
  merge: ThreeWayMerge<V>;
};

type VersionedEditOptions<R extends { version: number }, V extends object, F extends string, I> = {
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
 * every failure: violations land on their fields, and a stale version (412) fetches the current one and merges
 * field by field against what the user started from: the form then holds the newer version with the user's own
 * changes on top, so saving it (with the newer version's ETag) loses no one's change. Only the fields both
 * changed are the user's to decide; taking the newer version instead drops all of theirs.
 */
export function useVersionedEdit<R extends { version: number }, V extends object, F extends string, I>({
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
  // What the user started from: their changes are what differs from it.
  const [base, setBase] = useState(() => ({ values: valuesOf(resource), version: resource.version }));
  const [conflict, setConflict] = useState<VersionConflict<R, V> | null>(null);
  const [errors, setErrors] = useState(noFormErrors<F>);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);

  async function saveFrom(version: number) {
    setAttempt((n) => n + 1);
    const mine = values;
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
      setBase({ values: valuesOf(saved), version: saved.version });
      setErrors(noFormErrors());
      setConflict(null);
      onSaved(saved);
    } catch (error) {
      if (isProblemError(error) && error.isStaleVersion) {
        await showConflict(mine);
      } else {
        setErrors(formErrorsFromError(error, labels, partLabels));
      }
    } finally {
      setSaving(false);
    }
  }

  async function showConflict(mine: V) {
    try {
      const current = await fetchCurrent();
      const stored = valuesOf(current);
      const merge = mergeThreeWay(base.values, mine, stored);
      setConflict({ current, stored, mine, merge });
      setValues(merge.merged);
      setBase({ values: stored, version: current.version });
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
    submit: () => saveFrom(base.version),
    /** Saves the form (the newer version with the user's changes on top) over the newer version. */
    saveMineOverConflict: () => {
      if (!conflict) return;
      void saveFrom(conflict.current.version);
    },
    /** Replaces what the user typed with the newer version and edits on from there. */
    discardMine: () => {
      if (!conflict) return;
      setValues(conflict.stored);
      setConflict(null);
      setErrors(noFormErrors());
    },
  };
}
