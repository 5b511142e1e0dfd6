/** @jest-environment jsdom */
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { jest } from '@jest/globals';
import { act, type FormEvent } from 'react';
import { initI18n } from '../../i18n/i18n';
import { installBrowserStubs, render } from '../../test/render';
import { rules } from './rules';
import { useForm, type UseFormResult } from './useForm';
import { useSubmit } from './useSubmit';

type Values = { name: string };
let form: UseFormResult<Values>;
let submit: ReturnType<typeof useSubmit>;
function Harness() {
  form = useForm<Values>({ name: '' }, { name: [rules.required] });
  submit = useSubmit(form);
  return null;
}

const event = () => ({ preventDefault: jest.fn() }) as unknown as FormEvent & { preventDefault: jest.Mock };

describe('useSubmit', () => {
  beforeAll(async () => {
    installBrowserStubs();
    await initI18n('de');
  });

  it('does not save while a field is wrong', async () => {
    const view = await render(<Harness />);
    const save = jest.fn(async () => undefined);
    const submitted = event();
    await act(async () => submit.onSubmit(save)(submitted));
    expect(submitted.preventDefault).toHaveBeenCalled();
    expect(save).not.toHaveBeenCalled();
    expect(form.errorFor('name')).toBe('Bitte ausfüllen.');
    view.unmount();
  });

  it("saves a valid form and turns the server's refusal into a problem above the form", async () => {
    const view = await render(<Harness />);
    act(() => form.setValue('name', 'Kammer'));
    const refusal = new CombinedGraphQLErrors({
      data: null,
      errors: [
        { message: 'x', extensions: { code: 'CONFLICT', messages: { de: 'Gibt es schon.', en: 'Exists.' } } },
      ],
    });
    const save = jest.fn(async () => {
      throw refusal;
    });
    await act(async () => submit.onSubmit(save)(event()));
    expect(save).toHaveBeenCalledTimes(1);
    expect(submit.problem).toBeDefined();
    const ok = jest.fn(async () => undefined);
    await act(async () => submit.onSubmit(ok)(event()));
    expect(ok).toHaveBeenCalledTimes(1);
    expect(submit.problem).toBeUndefined();
    view.unmount();
  });
});
