import { useEffect, useState } from 'preact/hooks';
import { graphql, type GraphQLError } from './graphql.js';

/** What a component shows of one read: the answer for its current variables, or that it is still coming. */
export interface Reading<T> {
  data: T | null;
  /** The errors of a partial answer, beside its data: they say why a field is null. */
  errors: readonly GraphQLError[];
  error: string | null;
  loading: boolean;
}

interface Settled<T> {
  key: string;
  data: T | null;
  errors: readonly GraphQLError[];
  error: string | null;
}

const NO_ERRORS: readonly GraphQLError[] = [];

/**
 * One GraphQL read that follows a selection (a cut, a department, a municipality); `null` variables read
 * nothing. Answers can arrive out of order when the selection changes quickly (the keyboard on a select),
 * so each answer is kept with the variables it answers, and only the answer for the current variables is
 * returned: a slower answer to an earlier selection never replaces a later one. The earlier request is
 * also aborted, so that the gateway does not keep working for a selection nobody looks at any more.
 */
export function useGraphQuery<T>(query: string, variables: Record<string, unknown> | null): Reading<T> {
  // A string key: the variables object is new on every render, its content is what identifies the selection.
  const key = variables === null ? null : JSON.stringify(variables);
  const [settled, setSettled] = useState<Settled<T> | null>(null);

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    // An answer that settles after its selection was left (aborted or not) is dropped.
    const keep = (answer: Settled<T>) => {
      if (!controller.signal.aborted) setSettled(answer);
    };
    graphql<T>(query, JSON.parse(key) as Record<string, unknown>, controller.signal).then(
      ({ data, errors }) => keep({ key, data, errors, error: null }),
      (cause: unknown) => keep({ key, data: null, errors: NO_ERRORS, error: cause instanceof Error ? cause.message : String(cause) }),
    );
    return () => controller.abort();
  }, [query, key]);

  const current = settled !== null && settled.key === key ? settled : null;
  return {
    data: current?.data ?? null,
    errors: current?.errors ?? NO_ERRORS,
    error: current?.error ?? null,
    loading: key !== null && current === null,
  };
}
