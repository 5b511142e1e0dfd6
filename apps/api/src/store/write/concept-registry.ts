import { Injectable } from '@nestjs/common';
import type { EntityType } from '@netzwerkstatt/domain';
import { assertSafeDefinition, type ConceptDefinition } from './concept.js';

/**
 * The concepts that use the write path, registered by their modules at start-up, so the Papierkorb
 * and the restore of earlier values can act on any kind without importing a concept module.
 */
@Injectable()
export class ConceptRegistry {
  private readonly concepts = new Map<EntityType, ConceptDefinition>();

  register(concept: ConceptDefinition): void {
    this.concepts.set(concept.type, assertSafeDefinition(concept));
  }

  get(type: string): ConceptDefinition | undefined {
    return this.concepts.get(type as EntityType);
  }

  /** The kinds of personal records (saved graph views): their owner's to see in the Papierkorb. */
  personalTypes(): EntityType[] {
    return [...this.concepts.values()].filter((concept) => concept.personal).map((concept) => concept.type);
  }
}
