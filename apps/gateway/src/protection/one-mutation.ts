import type { ValidationRule } from 'graphql';
import { reportLimit } from './limit-errors.js';
import { flattenedFields } from './repeated-fields.js';

/**
 * Refuses a mutation operation that calls more than one mutation. GraphQL runs them one after the other,
 * and a later one that is refused nulls the whole answer (every mutation answers a non-null payload):
 * the client would read "nothing happened" while the earlier commands were written. One command per
 * operation keeps a refused request one that wrote nothing; several go as a batch, each answered on its own.
 */
export function oneMutationRule(): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      if (operation.operation !== 'mutation') return;
      const calls = flattenedFields(context, operation.selectionSet.selections).filter(
        (field) => field.name.value !== '__typename',
      ).length;
      if (calls <= 1) return;
      reportLimit(
        context,
        {
          zh: `一个操作只能执行一个变更（命令），本次有 ${calls} 个：请逐个发送，或放在批量请求里`,
          en: `An operation may run one mutation (command); this one runs ${calls}: send them one by one, or as a batch`,
        },
        { limit: 1 },
      );
    },
  });
}
