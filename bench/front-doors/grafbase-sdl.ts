import { Kind, parse, print, type ConstDirectiveNode, type DefinitionNode, type FieldDefinitionNode } from 'graphql';

/**
 * Our subgraphs' SDL as Apollo's subgraph library prints it, rewritten where Grafbase's composition is
 * stricter than federation 2's rules, without changing the composed API: a field marked @inaccessible in
 * one subgraph is hidden from the supergraph, whatever the others say; Grafbase wants every subgraph that
 * declares it (the plan subgraph's @external copies used by @requires) to say so too ("is of an
 * @inaccessible type, but is itself not marked as @inaccessible").
 */
export function sdlForGrafbase(sdlByName: Record<string, string>): Record<string, string> {
  const documents = Object.entries(sdlByName).map(([name, sdl]) => [name, parse(sdl)] as const);
  const hidden = new Set<string>();
  for (const [, document] of documents) {
    for (const definition of document.definitions) {
      for (const field of fieldsOf(definition)) {
        if (isInaccessible(field)) hidden.add(`${nameOf(definition)}.${field.name.value}`);
      }
    }
  }
  return Object.fromEntries(
    documents.map(([name, document]) => [
      name,
      print({ ...document, definitions: document.definitions.map((definition) => hideFields(definition, hidden)) }),
    ]),
  );
}

const INACCESSIBLE: ConstDirectiveNode = { kind: Kind.DIRECTIVE, name: { kind: Kind.NAME, value: 'inaccessible' }, arguments: [] };

const isInaccessible = (field: FieldDefinitionNode) =>
  field.directives?.some((directive) => directive.name.value === 'inaccessible') ?? false;

function nameOf(definition: DefinitionNode): string {
  return 'name' in definition && definition.name ? definition.name.value : '';
}

function fieldsOf(definition: DefinitionNode): readonly FieldDefinitionNode[] {
  switch (definition.kind) {
    case Kind.OBJECT_TYPE_DEFINITION:
    case Kind.OBJECT_TYPE_EXTENSION:
    case Kind.INTERFACE_TYPE_DEFINITION:
    case Kind.INTERFACE_TYPE_EXTENSION:
      return definition.fields ?? [];
    default:
      return [];
  }
}

function hideFields<T extends DefinitionNode>(definition: T, hidden: ReadonlySet<string>): T {
  const fields = fieldsOf(definition);
  if (!fields.some((field) => hidden.has(`${nameOf(definition)}.${field.name.value}`) && !isInaccessible(field))) return definition;
  return {
    ...definition,
    fields: fields.map((field) =>
      hidden.has(`${nameOf(definition)}.${field.name.value}`) && !isInaccessible(field)
        ? { ...field, directives: [...(field.directives ?? []), INACCESSIBLE] }
        : field,
    ),
  };
}
