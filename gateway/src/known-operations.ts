import { readFileSync, readdirSync } from 'node:fs';

/** Where the operations clients are known to send live: one or more operations per `.graphql` file. */
export const OPERATIONS_DIR = new URL('../../operations/', import.meta.url);

/** A file of known operations, named by its path from the repository's root (`operations/docs/example-queries-bad-input.graphql`). */
export interface OperationFile {
  file: string;
  source: string;
}

/**
 * The known operations, in file-name order. They are kept as plain files rather than collected from
 * tests and code, so that a team can add the queries of a dashboard or a connector without touching code.
 */
export function knownOperationFiles(directory: URL = OPERATIONS_DIR): OperationFile[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.graphql'))
    .sort()
    .map((path) => ({ file: `operations/${path}`, source: readFileSync(new URL(path, directory), 'utf8') }));
}
