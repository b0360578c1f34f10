import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';
import { introspectionBlind } from './introspection-blind.js';
import { limitMessage, type LimitName } from './operation-limit-messages.js';
import type { OperationLimits } from './operation-limits.js';
import { runtimeGraphql } from './runtime-graphql.js';

/**
 * Armor throws its refusal by default, which escapes graphql-js's `validate` and becomes an HTTP 500
 * in Apollo Server; reported instead, it is one more validation error (HTTP 400, before any planning),
 * in Spanish, with the limit and the numbers in `extensions`.
 */
function reportAs(limit: LimitName, maximum: number) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const counted = /found (\d+(?:\.\d+)?)/.exec(error.message)?.[1];
        const found = counted === undefined ? undefined : Math.round(Number(counted));
        context?.reportError(
          new runtimeGraphql.GraphQLError(limitMessage(limit, maximum, found), {
            extensions: { limit, maximum, ...(found === undefined ? {} : { found }) },
          }),
        );
      },
    ],
  };
}

/**
 * GraphQL Armor's validation rules for these limits. Fragments are not levels (`... on SaludAction`
 * adds no work), and introspection is left to graphql-js's MaxIntrospectionDepthRule.
 */
export function operationLimitRules(limits: OperationLimits): ValidationRule[] {
  return [
    introspectionBlind(maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ...reportAs('depth', limits.maxDepth) })),
    maxAliasesRule({ n: limits.maxAliases, ...reportAs('aliases', limits.maxAliases) }),
    maxDirectivesRule({ n: limits.maxDirectives, ...reportAs('directives', limits.maxDirectives) }),
    introspectionBlind(costLimitRule({ maxCost: limits.maxCost, flattenFragments: true, ...reportAs('cost', limits.maxCost) })),
  ];
}

/**
 * What Apollo Server takes to enforce the limits: graphql-js's own token limit while parsing (GraphQL
 * Armor's max-tokens is an Envelop parser plugin, and Apollo Server lets no plugin replace its parser;
 * graphql-js counts the same tokens), then the rules during validation, which comes before planning.
 */
export function operationLimitOptions(limits: OperationLimits): { parseOptions: ParseOptions; validationRules: ValidationRule[] } {
  return { parseOptions: { maxTokens: limits.maxTokens }, validationRules: operationLimitRules(limits) };
}
