import { readFileSync } from 'node:fs';
import { diff, type CriticalityLevel } from '@graphql-inspector/core';
import { GraphQLError, parse, separateOperations, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { apiSchemaOf } from './api-schema.js';
import { composeSubgraphs, subgraphTypeDefs, supergraphSubgraphs } from './compose.js';
import { knownOperationFiles, type OperationFile } from './known-operations.js';
import { operationCoordinates } from './operation-coordinates.js';
import { SUPERGRAPH_FILE } from './subgraphs.js';

export type ChangeLevel = `${CriticalityLevel}`;

/** One operation of a file of `operations/`; `operation` is `null` for an anonymous one. */
export interface OperationRef {
  file: string;
  operation: string | null;
}

/** A difference between the committed API schema and the candidate's, with the known operations that use what changed. */
export interface SchemaChange {
  level: ChangeLevel;
  message: string;
  /** `Type`, `Type.field`, `Type.field.argument` or `Enum.VALUE`; `null` for a change to the schema itself. */
  coordinate: string | null;
  usedBy: OperationRef[];
}

export interface InvalidOperation {
  file: string;
  errors: string[];
}

export type SchemaCheckResult =
  | { composed: false; passed: false; compositionErrors: Array<{ code: string | null; message: string }> }
  | { composed: true; passed: boolean; changes: SchemaChange[]; invalidOperations: InvalidOperation[]; operationFiles: number };

export interface SchemaCheckOptions {
  /**
   * The subgraph a team is about to deploy, with its candidate SDL (without one, its SDL in the working tree);
   * the other subgraphs stay as they are in the working tree.
   */
  candidate?: { subgraph: string; sdl?: string };
}

/**
 * Checks a change to the graph before it is deployed: the subgraphs must compose, and the change must not
 * break what clients are known to send. Compared with the committed supergraph (what the gateway serves),
 * the candidate fails when a known operation stops validating, or when a breaking change touches a
 * coordinate a known operation uses. A breaking change no known operation uses does not fail the check:
 * it is reported, and the team decides.
 */
export async function checkSchema(options: SchemaCheckOptions = {}): Promise<SchemaCheckResult> {
  const { candidate } = options;
  if (candidate && !supergraphSubgraphs().some(({ name }) => name === candidate.subgraph)) {
    throw new Error(`No hay un subgrafo "${candidate.subgraph}" en graph.config.ts.`);
  }
  const composition = composeSubgraphs((name) =>
    name === candidate?.subgraph && candidate.sdl !== undefined ? candidate.sdl : subgraphTypeDefs(name),
  );
  if (composition.errors) {
    return {
      composed: false,
      passed: false,
      compositionErrors: composition.errors.map((error) => ({ code: errorCode(error), message: error.message })),
    };
  }
  const before = apiSchemaOf(readFileSync(SUPERGRAPH_FILE, 'utf8'));
  const after = apiSchemaOf(composition.supergraphSdl);
  const files = knownOperationFiles();
  const used = usedCoordinates(before, files);
  const changes = (await diff(before, after)).map((change): SchemaChange => {
    const coordinate = change.path ?? null;
    return {
      level: change.criticality.level,
      message: change.message,
      coordinate,
      usedBy: coordinate ? used.filter(({ coordinates }) => touches(coordinates, coordinate)).map(({ ref }) => ref) : [],
    };
  });
  const invalidOperations = files.flatMap((file) => {
    const errors = validationErrors(after, file);
    return errors.length > 0 ? [{ file: file.file, errors }] : [];
  });
  const breaksKnownOperation = changes.some((change) => change.level === 'BREAKING' && change.usedBy.length > 0);
  return {
    composed: true,
    passed: invalidOperations.length === 0 && !breaksKnownOperation,
    changes,
    invalidOperations,
    operationFiles: files.length,
  };
}

function errorCode(error: GraphQLError): string | null {
  const code = error.extensions.code;
  return typeof code === 'string' ? code : null;
}

function validationErrors(schema: GraphQLSchema, { source }: OperationFile): string[] {
  try {
    return validate(schema, parse(source)).map((error) => error.message);
  } catch (error) {
    if (error instanceof GraphQLError) return [error.message];
    throw error;
  }
}

/** The coordinates each known operation uses, resolved against the schema it was written for. */
function usedCoordinates(schema: GraphQLSchema, files: OperationFile[]): Array<{ ref: OperationRef; coordinates: Set<string> }> {
  return files.flatMap(({ file, source }) => {
    let document: DocumentNode;
    try {
      document = parse(source);
    } catch {
      return []; // reported by validation
    }
    return Object.entries(separateOperations(document)).map(([name, operation]) => ({
      ref: { file, operation: name || null },
      coordinates: operationCoordinates(schema, operation),
    }));
  });
}

/** A change to `Type` touches every use of `Type.field`; a change to `Type.field`, every use of its arguments. */
function touches(coordinates: Set<string>, changed: string): boolean {
  return coordinates.has(changed) || [...coordinates].some((coordinate) => coordinate.startsWith(`${changed}.`));
}
