import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api/graphql-client.js';
import { useCommandSubmission } from '../../src/composables/useCommandSubmission.js';

describe('useCommandSubmission: one command id per intended action', () => {
  it('keeps the id across retries after a failure of unknown outcome, and renews it after a refusal or a success', async () => {
    const { submit } = useCommandSubmission();
    const sent: string[] = [];
    const sending = (outcome: () => void) => async (commandId: string) => {
      sent.push(commandId);
      outcome();
    };

    expect(
      await submit(
        sending(() => {
          throw new ApiError('无法连接服务器', 'NETWORK');
        }),
      ),
    ).toBe(false);
    await submit(
      sending(() => {
        throw new ApiError('服务器内部错误', 'INTERNAL_SERVER_ERROR');
      }),
    );
    await submit(
      sending(() => {
        throw new ApiError('不通过时须在说明中说明理由', 'BAD_USER_INPUT', 'note', 'REJECTION_NEEDS_NOTE');
      }),
    );
    expect(await submit(sending(() => {}))).toBe(true);
    await submit(sending(() => {}));

    const [first, retried, retriedAgain, afterRefusal, afterSuccess] = sent;
    expect(retried).toBe(first);
    expect(retriedAgain).toBe(first);
    expect(afterRefusal).not.toBe(first);
    expect(afterSuccess).not.toBe(afterRefusal);
  });

  it('puts a server error under the form field it names, and any other above the form', async () => {
    const { submit, fieldError, formError } = useCommandSubmission({ fields: ['idNumber', 'position'] });

    await submit(async () => {
      throw new ApiError(
        '身份证号校验码错误（GB 11643）',
        'BAD_USER_INPUT',
        'profile.idNumber',
        'ID_NUMBER_CHECK_DIGIT',
      );
    });
    expect(fieldError('idNumber')).toBe('身份证号校验码错误（GB 11643）');
    expect(fieldError('position')).toBe('');
    expect(formError.value).toBe('');

    await submit(async () => {
      throw new ApiError(
        '该干部最近一次资格审查未通过',
        'BAD_USER_INPUT',
        'cadreId',
        'QUALIFICATION_REVIEW_REJECTED',
      );
    });
    expect(fieldError('idNumber')).toBe('');
    expect(formError.value).toBe('该干部最近一次资格审查未通过');

    await submit(async () => {});
    expect(formError.value).toBe('');
  });

  it('puts an error on a list element or an object part under the list or object, unless a field is its own', async () => {
    const rows = ['earlyWarnings.0.description'];
    const { submit, fieldError } = useCommandSubmission({ fields: () => ['items', 'votes', ...rows] });
    const refuse = (field: string) =>
      submit(async () => {
        throw new ApiError('refused', 'BAD_USER_INPUT', field, 'SOME_RULE');
      });

    await refuse('items.2');
    expect(fieldError('items')).toBe('refused');
    await refuse('votes.incompetent');
    expect(fieldError('votes')).toBe('refused');
    expect(fieldError('items')).toBe('');
    // Fields given by a function follow the form: a row added later has its own field.
    rows.push('earlyWarnings.1.description');
    await refuse('earlyWarnings.1.description');
    expect(fieldError('earlyWarnings.1.description')).toBe('refused');
    expect(fieldError('earlyWarnings.0.description')).toBe('');
  });

  it('ignores a second submission while the first is on its way', async () => {
    const { submit, submitting } = useCommandSubmission();
    let release = () => {};
    const first = submit(() => new Promise<void>((resolve) => (release = resolve)));
    expect(submitting.value).toBe(true);
    expect(await submit(async () => {})).toBe(false);
    release();
    expect(await first).toBe(true);
    expect(submitting.value).toBe(false);
  });
});
