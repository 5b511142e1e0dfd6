/**
 * @jest-environment jsdom
 */
import { labelTaskItems } from './taskLabels';

describe('labelTaskItems', () => {
  it('names each checklist box by its item and leaves the rest as it was', () => {
    const html =
      '<h2>Checkliste</h2><ul data-type="taskList">' +
      '<li data-type="taskItem" data-checked="true"><input type="checkbox" disabled checked> <div><p>Unterlagen &amp; Nachweise</p></div></li>' +
      '<li data-type="taskItem" data-checked="false"><input type="checkbox" disabled> <div><p>Termin</p></div></li></ul>';
    const labelled = new DOMParser().parseFromString(labelTaskItems(html), 'text/html');
    const boxes = [...labelled.querySelectorAll('input')];
    expect(boxes.map((box) => box.getAttribute('aria-label'))).toEqual(['Unterlagen & Nachweise', 'Termin']);
    expect(boxes.map((box) => (box as HTMLInputElement).checked)).toEqual([true, false]);
    expect(labelled.querySelector('h2')?.textContent).toBe('Checkliste');
  });
});
