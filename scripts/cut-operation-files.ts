/** Where `npm run compose` writes the secretariat's whole-cut operations. */
export const CUT_OPERATIONS_FOLDER = new URL('../operations/cuts/', import.meta.url);

export const cutOperationFile = (name: string) => new URL(`${name}.graphql`, CUT_OPERATIONS_FOLDER);
