import { Injectable } from '@nestjs/common';
import { FIELD_LABELS, InputCheck, LIMITS } from '@netzwerkstatt/domain';
import { LEGAL_DEFAULTS } from './legal-defaults.js';
import { LegalRepository, type StoredLegalPage } from './legal.repository.js';
import type { LegalPageKey } from './models/legal-page-key.enum.js';
import type { LegalPageModel } from './models/legal-page.model.js';

/** Impressum, Datenschutz, Barrierefreiheit: the stored text, or the placeholder until there is one. */
@Injectable()
export class LegalService {
  constructor(private readonly pages: LegalRepository) {}

  async page(key: LegalPageKey): Promise<LegalPageModel> {
    return toModel(key, await this.pages.find(key));
  }

  async update(key: LegalPageKey, textDe: unknown, textEn: unknown, userId: string): Promise<LegalPageModel> {
    new InputCheck()
      .requiredText('textDe', FIELD_LABELS.textDe, textDe, LIMITS.legalText)
      .requiredText('textEn', FIELD_LABELS.textEn, textEn, LIMITS.legalText)
      .done();
    return toModel(key, await this.pages.save(key, textDe as string, textEn as string, userId));
  }
}

function toModel(key: LegalPageKey, stored: StoredLegalPage | null): LegalPageModel {
  if (!stored) {
    return {
      key,
      textDe: LEGAL_DEFAULTS[key].de,
      textEn: LEGAL_DEFAULTS[key].en,
      isDefault: true,
      updatedAt: null,
    };
  }
  return { key, textDe: stored.textDe, textEn: stored.textEn, isDefault: false, updatedAt: stored.updatedAt };
}
