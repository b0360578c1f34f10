import type { OperationDefinitionNode, ValidationRule } from 'graphql';
import { runtimeGraphql } from './runtime-graphql.js';

/**
 * Runs a GraphQL Armor rule on the operation with `__type` spelled `__schema`. Armor leaves
 * `__schema` out of depth and cost but counts `__type`, whose queries (a BI tool reading one type)
 * nest `ofType` eight levels down. graphql-js's own MaxIntrospectionDepthRule, one of the specified
 * rules every request passes, already bounds how deep both may go.
 */
export function introspectionBlind(rule: ValidationRule): ValidationRule {
  return (context) => ({
    OperationDefinition(operation: OperationDefinitionNode) {
      const renamed = runtimeGraphql.visit(operation, {
        Field: (field) => (field.name.value === '__type' ? { ...field, name: { ...field.name, value: '__schema' } } : undefined),
      });
      runtimeGraphql.visit(renamed, rule(context));
      return false;
    },
  });
}
