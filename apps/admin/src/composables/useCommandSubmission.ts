import { computed, ref, shallowRef } from 'vue';
import { ApiError, newCommandId } from '../api/graphql-client.js';
import { errorMessage } from '../utils/errors.js';

/** Codes of a command the server refused by a rule: nothing was written. */
const REFUSED = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT']);

export interface CommandSubmissionOptions {
  /**
   * The form's fields: a server error on one of them shows under it, any other error above the form. A
   * function for a form whose fields come and go (a list's rows, e.g. `earlyWarnings.1.description`).
   */
  fields?: readonly string[] | (() => readonly string[]);
}

/**
 * Submits one intended action (a domain command) with its command id, loading state and server errors.
 *
 * The command id is made once per intended action: a retry after a network failure or a server fault
 * sends the same id, so the server writes nothing twice. It is renewed after a success, and after a
 * refusal by a rule (nothing was written, so the corrected submission is a new action).
 */
export function useCommandSubmission(options: CommandSubmissionOptions = {}) {
  const fieldsOption = options.fields ?? [];
  const fields = () => (typeof fieldsOption === 'function' ? fieldsOption() : fieldsOption);
  let commandId = newCommandId();
  const submitting = ref(false);
  const error = shallowRef<ApiError | null>(null);

  /** Runs `send` with this action's command id; true when the server accepted it. */
  async function submit(send: (commandId: string) => Promise<unknown>): Promise<boolean> {
    if (submitting.value) return false;
    submitting.value = true;
    error.value = null;
    try {
      await send(commandId);
      commandId = newCommandId();
      return true;
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : new ApiError(errorMessage(caught), 'UNKNOWN');
      error.value = apiError;
      if (apiError.rule || REFUSED.has(apiError.code)) commandId = newCommandId();
      return false;
    } finally {
      submitting.value = false;
    }
  }

  /**
   * The form field a server error belongs to: itself; `profile.idNumber` belongs to `idNumber`; a list's
   * element or an object's part (`items.2`, `votes.excellent`) to the list or object, unless the form
   * has a field for it.
   */
  function formFieldOf(apiError: ApiError): string | undefined {
    const path = apiError.field;
    if (!path) return undefined;
    const names = fields();
    return (
      names.find((field) => path === field || path.endsWith(`.${field}`)) ??
      names.find((field) => path.startsWith(`${field}.`))
    );
  }

  return {
    submit,
    submitting,
    error,
    /** The server's message for this field, or '' (for el-form-item's `error`). */
    fieldError: (field: string) =>
      error.value && formFieldOf(error.value) === field ? error.value.message : '',
    /** The server's message when it names no field of the form. */
    formError: computed(() => (error.value && !formFieldOf(error.value) ? error.value.message : '')),
    clearError: () => {
      error.value = null;
    },
  };
}
