/** @jest-environment jsdom */
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { jest } from '@jest/globals';
import axe from 'axe-core';
import { act, type FormEvent } from 'react';
import { MemoryRouter } from 'react-router';
import { initI18n, loadLazyTranslations } from '../../i18n/i18n';
import { installBrowserStubs, render } from '../../test/render';
import { emitSessionExpired } from '../session/sessionEvents';
import { SignedInUserContext } from '../session/signedInUser';
import { EditFormStatus } from './EditFormStatus';
import { draftKey, loadDraft } from './drafts';
import { rules } from './rules';
import { useEditForm, type EditForm, type SaveContext } from './useEditForm';

type Values = { title: string; description: string };
type Record = { id: string; revision: number; title: string; description: string | null };
const EMPTY: Values = { title: '', description: '' };
const RULES = { title: [rules.required] };
const PATH = '/herausforderungen/c1/bearbeiten';

let edit: EditForm<Values>;
function Harness({ record }: { record: Record | undefined }) {
  edit = useEditForm<Values, Record>({
    record,
    empty: EMPTY,
    fromRecord: (r) => ({ title: r.title, description: r.description ?? '' }),
    toInput: (v) => ({ title: v.title.trim(), description: v.description.trim() || null }),
    rules: RULES,
    fieldLabel: (field) => (field === 'title' ? 'Titel' : 'Beschreibung'),
  });
  return <EditFormStatus edit={edit} />;
}

const tree = (record: Record | undefined, path = PATH) => (
  <MemoryRouter initialEntries={[path]}>
    <SignedInUserContext value="u1">
      <Harness record={record} />
    </SignedInUserContext>
  </MemoryRouter>
);
const mount = (record: Record | undefined, path = PATH) => render(tree(record, path));

const submitEvent = () => ({ preventDefault: () => undefined }) as unknown as FormEvent;

function staleRevision(values: { title: string; description: string | null }, revision = 5) {
  return new CombinedGraphQLErrors({
    data: null,
    errors: [
      {
        message: 'stale',
        extensions: {
          code: 'CONFLICT',
          reason: 'STALE_REVISION',
          messages: { de: 'Inzwischen geändert.', en: 'Changed meanwhile.' },
          current: { revision, updatedAt: '2026-03-01T09:00:00Z', updatedByName: 'Bea', values },
        },
      },
    ],
  });
}

const stored: Record = { id: 'c1', revision: 3, title: 'Alt', description: 'Text' };

describe('useEditForm', () => {
  beforeAll(async () => {
    installBrowserStubs();
    await initI18n('de');
    await loadLazyTranslations();
  });
  beforeEach(() => window.sessionStorage.clear());

  it('loads the record once and sends the revision it is based on', async () => {
    const view = await mount(stored);
    expect(edit.form.values).toEqual({ title: 'Alt', description: 'Text' });
    act(() => edit.form.setValue('title', 'Neu'));
    // A fresher copy while the person has typed does not overwrite their values.
    await view.rerender(tree({ ...stored, revision: 4, title: 'Von anderen' }));
    expect(edit.form.values.title).toBe('Neu');
    const save = jest.fn(async (_context: SaveContext) => undefined);
    await act(async () => edit.onSubmit(save)(submitEvent()));
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ expectedRevision: 3 }));
    view.unmount();
  });

  it('takes a fresher copy while the person has not typed', async () => {
    const view = await mount(stored);
    await view.rerender(tree({ ...stored, revision: 4, title: 'Von anderen' }));
    expect(edit.form.values.title).toBe('Von anderen');
    const save = jest.fn(async (_context: SaveContext) => undefined);
    act(() => edit.form.setValue('description', 'mehr'));
    await act(async () => edit.onSubmit(save)(submitEvent()));
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ expectedRevision: 4 }));
    view.unmount();
  });

  it('asks per field after someone else saved, and saves the chosen values on the new revision', async () => {
    const view = await mount(stored);
    act(() => edit.form.setValue('title', 'Mein Titel'));
    const save = jest.fn(async (_context: SaveContext) => {
      throw staleRevision({ title: 'Alt', description: 'Bea schrieb' });
    });
    await act(async () => edit.onSubmit(save)(submitEvent()));
    expect(edit.conflict?.differences.map((d) => [d.field, d.suggested])).toEqual([
      ['title', 'mine'],
      ['description', 'theirs'],
    ]);
    const dialog = document.querySelector('[role="dialog"]');
    expect(dialog?.textContent).toContain('Inzwischen geändert');
    const groups = [...document.querySelectorAll('[role="radiogroup"]')];
    expect(
      groups.map(
        (g) =>
          g.getAttribute('aria-labelledby') &&
          document.getElementById(g.getAttribute('aria-labelledby')!)?.textContent,
      ),
    ).toEqual(['Titel', 'Beschreibung']);
    expect(dialog?.textContent).toContain('Bea schrieb');
    expect(dialog?.textContent).toContain('Mein Titel');

    const axeResult = await axe.run(dialog as Element, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(axeResult.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    act(() => edit.resolveConflict({ title: 'mine', description: 'theirs' }));
    expect(edit.form.values).toEqual({ title: 'Mein Titel', description: 'Bea schrieb' });
    expect(edit.merged).toBe(true);
    const ok = jest.fn(async (_context: SaveContext) => ({ revision: 6 }));
    await act(async () => edit.onSubmit(ok)(submitEvent()));
    expect(ok).toHaveBeenCalledWith(expect.objectContaining({ expectedRevision: 5 }));
    view.unmount();
  });

  it('saves again by itself when the other change touched nothing the form sends', async () => {
    const view = await mount(stored);
    act(() => edit.form.setValue('title', 'Neu'));
    let calls = 0;
    const save = jest.fn(async (_context: SaveContext) => {
      calls++;
      if (calls === 1) throw staleRevision({ title: 'Neu', description: 'Text' }, 4);
      return undefined;
    });
    await act(async () => edit.onSubmit(save)(submitEvent()));
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1][0].expectedRevision).toBe(4);
    expect(edit.conflict).toBeUndefined();
    view.unmount();
  });

  it('keeps one create id across retries and takes a new one after a success', async () => {
    const view = await mount(undefined, '/herausforderungen/neu');
    act(() => edit.form.setValue('title', 'Neu'));
    const ids: string[] = [];
    const failing = async ({ createId }: SaveContext) => {
      ids.push(createId);
      throw new TypeError('Failed to fetch');
    };
    await act(async () => edit.onSubmit(failing)(submitEvent()));
    await act(async () => edit.onSubmit(failing)(submitEvent()));
    await act(async () =>
      edit.onSubmit(async ({ createId }) => {
        ids.push(createId);
      })(submitEvent()),
    );
    await act(async () =>
      edit.onSubmit(async ({ createId }) => {
        ids.push(createId);
      })(submitEvent()),
    );
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).toBe(ids[0]);
    expect(ids[3]).not.toBe(ids[0]);
    view.unmount();
  });

  it('keeps the values when the session ends and puts them back after sign-in', async () => {
    const view = await mount(stored);
    act(() => edit.form.setValue('description', 'Lange Arbeit'));
    act(() => emitSessionExpired());
    view.unmount();
    const key = draftKey('u1', PATH);
    expect(loadDraft(key, EMPTY)?.values).toEqual({ title: 'Alt', description: 'Lange Arbeit' });

    const back = await mount({ ...stored, revision: 4 });
    expect(edit.form.values.description).toBe('Lange Arbeit');
    expect(edit.restoredAt).toBeDefined();
    expect(document.body.textContent).toContain('wiederhergestellt');
    // Based on the revision the person had; someone's save meanwhile is found on save.
    const save = jest.fn(async (_context: SaveContext) => undefined);
    await act(async () => edit.onSubmit(save)(submitEvent()));
    expect(save.mock.calls[0][0].expectedRevision).toBe(3);
    expect(loadDraft(key, EMPTY)).toBeUndefined();
    back.unmount();
  });

  it('drops the kept values when the person leaves the form normally', async () => {
    const view = await mount(stored);
    act(() => edit.form.setValue('description', 'x'));
    view.unmount();
    expect(loadDraft(draftKey('u1', PATH), EMPTY)).toBeUndefined();
  });
});
