import { LEGAL_PAGE_KEYS } from './models/legal-page-key.enum.js';
import type { LegalRepository, StoredLegalPage } from './legal.repository.js';
import { LegalService } from './legal.service.js';

/** Only the stored/unstored distinction matters here; the repository itself is covered by the integration spec. */
function serviceWith(stored: StoredLegalPage | null): LegalService {
  return new LegalService({ find: async () => stored } as unknown as LegalRepository);
}

describe('LegalService', () => {
  it.each(LEGAL_PAGE_KEYS)(
    'serves a placeholder for %s that says the operator must complete it',
    async (key) => {
      const page = await serviceWith(null).page(key);
      expect(page).toMatchObject({ key, isDefault: true, updatedAt: null });
      expect(page.textDe).toMatch(/^\*\*Platzhalter:\*\* .*vom Betreiber dieser Anwendung vervollständigt/);
      expect(page.textEn).toMatch(/^\*\*Placeholder:\*\* the operator of this application has to complete/);
      expect(page.textDe).not.toMatch(/<[a-z]/i);
    },
  );

  it('serves the stored text once there is one', async () => {
    const stored = {
      key: 'imprint',
      textDe: 'Hallo',
      textEn: 'Hello',
      updatedAt: '2026-01-01T00:00:00.000Z',
      updatedBy: 'u',
    } as const;
    expect(await serviceWith(stored).page('imprint')).toEqual({
      key: 'imprint',
      textDe: 'Hallo',
      textEn: 'Hello',
      isDefault: false,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
  });
});
