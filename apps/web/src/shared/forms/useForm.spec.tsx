/** @jest-environment jsdom */
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { act } from 'react';
import { i18n, initI18n } from '../../i18n/i18n';
import { installBrowserStubs, render } from '../../test/render';
import { rules } from './rules';
import { useForm, type UseFormResult } from './useForm';

type Values = { name: string; website: string };
const RULES = { name: [rules.required, rules.maxLength(10)], website: [rules.url] };

let form: UseFormResult<Values>;
function Harness() {
  form = useForm<Values>({ name: '', website: '' }, RULES);
  return null;
}

const serverRefusal = new CombinedGraphQLErrors({
  data: null,
  errors: [
    {
      message: 'x',
      extensions: {
        code: 'BAD_USER_INPUT',
        issues: [
          {
            field: 'input.name',
            reason: 'TAKEN',
            message: { de: 'Den Namen gibt es schon.', en: 'That name exists already.' },
          },
        ],
      },
    },
  ],
});

describe('useForm', () => {
  beforeAll(async () => {
    installBrowserStubs();
    await initI18n('de');
  });

  it('says nothing before a field is touched, then checks as one types', async () => {
    const view = await render(<Harness />);
    expect(form.errorFor('name')).toBeUndefined();
    act(() => form.setValue('website', 'www.example.org'));
    expect(form.errorFor('website')).toBe(
      'Bitte eine Webadresse eingeben, die mit http:// oder https:// beginnt.',
    );
    act(() => form.setValue('website', 'https://www.example.org'));
    expect(form.errorFor('website')).toBeUndefined();
    act(() => form.setValue('name', 'Ein viel zu langer Name'));
    expect(form.errorFor('name')).toBe('Höchstens 10 Zeichen (jetzt 23).');
    view.unmount();
  });

  it('marks every field on submit and refuses when one is wrong', async () => {
    const view = await render(<Harness />);
    let valid = true;
    act(() => {
      valid = form.validateAll();
    });
    expect(valid).toBe(false);
    expect(form.errorFor('name')).toBe('Bitte ausfüllen.');
    view.unmount();
  });

  it("shows the server's issue at its field in the person's language until the field is edited", async () => {
    const view = await render(<Harness />);
    act(() => form.setValue('name', 'Kammer'));
    act(() => {
      form.takeServerError(serverRefusal);
    });
    expect(form.errorFor('name')).toBe('Den Namen gibt es schon.');
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    expect(form.errorFor('name')).toBe('That name exists already.');
    act(() => form.setValue('name', 'Kammer 2'));
    expect(form.errorFor('name')).toBeUndefined();
    await act(async () => {
      await i18n.changeLanguage('de');
    });
    view.unmount();
  });
});
