import { TypeInfo, getNamedType, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';

/**
 * The schema coordinates an operation uses: types (`IgualdadAction`), fields (`IgualdadAction.integrateCentres`),
 * arguments (`Query.action.number`), input fields (`FactFilter.ministry`) and enum values (`CentreStatus.NEW`).
 * A schema change names the coordinate it changes in these same terms, so a breaking change can be traced to
 * the operations it breaks. Coordinates are resolved against `schema`: pass the schema the operation was
 * written for, since against the new one a removed field has no parent to resolve.
 */
export function operationCoordinates(schema: GraphQLSchema, document: DocumentNode): Set<string> {
  const coordinates = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  const add = (coordinate: string | undefined) => {
    if (coordinate) coordinates.add(coordinate);
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent) return;
        add(parent.name);
        add(`${parent.name}.${node.name.value}`);
        const type = typeInfo.getType();
        if (type) add(getNamedType(type).name);
      },
      Argument(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (parent && field) add(`${parent.name}.${field.name}.${node.name.value}`);
      },
      ObjectField(node) {
        const parent = typeInfo.getParentInputType();
        if (parent) add(`${getNamedType(parent).name}.${node.name.value}`);
      },
      EnumValue(node) {
        const type = typeInfo.getInputType();
        if (type) add(`${getNamedType(type).name}.${node.value}`);
      },
      NamedType(node) {
        add(node.name.value);
      },
    }),
  );
  return coordinates;
}
