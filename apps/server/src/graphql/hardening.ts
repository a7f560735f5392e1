import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, GraphQLSchema, Kind, OperationDefinitionNode, SelectionSetNode, validate, visit } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { Context } from '../context';
import { DEFAULT_PAGE_SIZE } from './connection';

/** Limits on what one GraphQL operation may ask for (see docs/security.md). */
export interface OperationLimits {
  /** Deepest field nesting allowed (introspection fields excluded). */
  maxDepth: number;
  /** Highest estimated cost allowed; see `pagedListEstimator`. */
  maxComplexity: number;
  /** When true, anonymous callers may not introspect the schema (`__schema`, `__type`). */
  introspectionNeedsViewer: boolean;
}

/**
 * Cost of a field: 1 plus its selection, times the number of items it can return — `first` (default page size) on
 * paged connections, the number of `ids` on `nodes(ids:)`. So `cohorts(first: 10) { progress(first: 100) { … } }`
 * costs about 1,000 × the cost of one progress row, which is what the database would have to do.
 */
export const pagedListEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const hasFirst = field.args.some((arg) => arg.name === 'first');
  if (hasFirst) {
    const first = typeof args.first === 'number' && args.first > 0 ? args.first : args.first === 0 ? 0 : DEFAULT_PAGE_SIZE;
    return 1 + first * Math.max(1, childComplexity);
  }
  if (Array.isArray(args.ids)) return 1 + args.ids.length * Math.max(1, childComplexity);
  return undefined;
};

/** Errors of the limits: BAD_USER_INPUT with a `reason` clients can branch on, and HTTP 400. */
export function limitError(reason: 'QUERY_TOO_DEEP' | 'QUERY_TOO_COMPLEX', message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason, http: { status: 400 } } });
}

/** The operation's depth error, if it is nested deeper than `maxDepth` (graphql-depth-limit). */
export function depthError(schema: GraphQLSchema, document: DocumentNode, maxDepth: number): GraphQLError | null {
  const [error] = validate(schema, document, [depthLimit(maxDepth)]);
  return error ? limitError('QUERY_TOO_DEEP', `The query is nested too deeply: at most ${maxDepth} levels are allowed.`) : null;
}

/** The estimated cost of the operation that will run (graphql-query-complexity with `pagedListEstimator`). */
export function operationComplexity(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators: [pagedListEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** True when the operation (through its fragments too) asks for `__schema` or `__type`. */
export function isIntrospection(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const seen = new Set<string>();
  let found = false;
  const walk = (selectionSet: SelectionSetNode) =>
    visit(selectionSet, {
      Field: (node) => {
        if (node.name.value === '__schema' || node.name.value === '__type') found = true;
      },
      FragmentSpread: (node) => {
        const fragment = fragments.get(node.name.value);
        if (fragment && !seen.has(node.name.value)) {
          seen.add(node.name.value);
          walk(fragment.selectionSet);
        }
      },
    });
  walk(operation.selectionSet);
  return found;
}

/**
 * Refuses, before anything executes, operations nested deeper or estimated costlier than the limits, and (in
 * production) schema introspection by anonymous callers. Page sizes are capped separately (`first` ≤ 100).
 */
export function operationLimitsPlugin(limits: OperationLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, operationName, request, schema, contextValue }) {
          const tooDeep = depthError(schema, document, limits.maxDepth);
          if (tooDeep) throw tooDeep;
          if (limits.introspectionNeedsViewer && !contextValue.viewer && operation && isIntrospection(document, operation)) {
            throw new GraphQLError('Sign in to introspect the schema; the API reference is in apps/server/schema.graphql.', {
              extensions: { code: 'UNAUTHENTICATED', reason: 'INTROSPECTION_REQUIRES_SIGN_IN', http: { status: 401 } },
            });
          }
          let cost: number;
          try {
            cost = operationComplexity(schema, document, request.variables, operationName);
          } catch (error) {
            // Variables that do not fit their types (an unknown enum value, say) fail here first: that is the
            // caller's mistake, reported as such, never an internal error.
            if (error instanceof GraphQLError) throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
            throw error;
          }
          if (cost > limits.maxComplexity) {
            throw limitError('QUERY_TOO_COMPLEX', `The query is too expensive: it could return about ${cost.toLocaleString('en-US')} items and fields, the limit is ${limits.maxComplexity.toLocaleString('en-US')}. Ask for smaller pages (first) or fewer nested lists.`);
          }
        },
      };
    },
  };
}
