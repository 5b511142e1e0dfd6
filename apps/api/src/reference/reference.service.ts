import { Injectable } from '@nestjs/common';
import { ENTITY_LABELS, SEED_REFUSALS, notFound, refuse } from '@netzwerkstatt/domain';
import { ActionFieldModel } from './models/action-field.model.js';
import { ActionGoalModel } from './models/action-goal.model.js';
import { ActorCategoryModel } from './models/actor-category.model.js';
import { AgreementModel } from './models/agreement.model.js';
import { RegionModel } from './models/region.model.js';
import { ActionFieldRow, ActorCategoryRow, ReferenceRepository } from './reference.repository.js';
import { TimedValue } from './timed-value.js';

export interface ReferenceGraph {
  fields: ActionFieldModel[];
  categories: ActorCategoryModel[];
}

/**
 * How long the vocabulary is kept in the process. It changes only when the agreement is seeded (at
 * start) or someone corrects a name in the database; meanwhile every request that shows an actor's
 * fields, categories or regions would read it again.
 */
export const REFERENCE_TTL_MS = 5 * 60_000;

@Injectable()
export class ReferenceService {
  private readonly cachedGraph: TimedValue<ReferenceGraph>;
  private readonly cachedRegions: TimedValue<RegionModel[]>;

  constructor(private readonly repository: ReferenceRepository) {
    this.cachedGraph = new TimedValue(REFERENCE_TTL_MS, async () =>
      linkReferenceGraph(await this.repository.fieldsAndCategories()),
    );
    this.cachedRegions = new TimedValue(REFERENCE_TTL_MS, () => this.repository.regions());
  }

  async actionFields(): Promise<ActionFieldModel[]> {
    return (await this.graph()).fields;
  }

  async actionField(id: string): Promise<ActionFieldModel> {
    const field = (await this.graph()).fields.find((candidate) => candidate.id === id);
    if (!field) throw notFound(ENTITY_LABELS.ActionField.singular, id);
    return field;
  }

  /** The action field with this id from the kept list, or null (a field resolver's lookup). */
  async findActionField(id: string): Promise<ActionFieldModel | null> {
    return (await this.graph()).fields.find((candidate) => candidate.id === id) ?? null;
  }

  async actionFieldByKey(key: string): Promise<ActionFieldModel> {
    const field = (await this.graph()).fields.find((candidate) => candidate.key === key);
    if (!field) throw notFound(ENTITY_LABELS.ActionField.singular, key);
    return field;
  }

  async actorCategories(): Promise<ActorCategoryModel[]> {
    return (await this.graph()).categories;
  }

  regions(): Promise<RegionModel[]> {
    return this.cachedRegions.get();
  }

  actionGoals(): Promise<ActionGoalModel[]> {
    return this.repository.actionGoals();
  }

  async agreement(): Promise<AgreementModel> {
    const agreement = await this.repository.agreement();
    // The seed runs before the server listens, so a missing node means a broken database, not bad input.
    if (!agreement) throw refuse('NOT_FOUND', SEED_REFUSALS.agreementMissing());
    return agreement;
  }

  /**
   * The fields and categories, fetched in one statement and linked into an object graph, so `next`,
   * `previous`, `categories` and `fields` can be followed to any depth without another query. Shared
   * by all requests for `REFERENCE_TTL_MS`: callers read it and never change it.
   */
  private graph(): Promise<ReferenceGraph> {
    return this.cachedGraph.get();
  }
}

export function linkReferenceGraph(rows: {
  fields: ActionFieldRow[];
  categories: ActorCategoryRow[];
}): ReferenceGraph {
  const categories = rows.categories.map((row): ActorCategoryModel => ({
    id: row.id,
    key: row.key,
    name: row.name,
    nameEn: row.nameEn ?? row.name,
    fields: [],
  }));
  const categoryById = new Map(categories.map((category) => [category.id, category]));
  const fields = [...rows.fields]
    .sort((a, b) => a.position - b.position)
    .map((row): ActionFieldModel => ({
      id: row.id,
      key: row.key,
      position: row.position,
      name: row.name,
      nameEn: row.nameEn,
      asWritten: row.asWritten,
      categories: row.categoryIds.flatMap((id) => categoryById.get(id) ?? []),
      next: null,
      previous: null,
    }));
  const fieldById = new Map(fields.map((field) => [field.id, field]));
  for (const row of rows.fields) {
    const field = fieldById.get(row.id);
    const next = row.nextId ? fieldById.get(row.nextId) : undefined;
    if (field && next) {
      field.next = next;
      next.previous = field;
    }
  }
  // Fields are in position order, so each category's list comes out in process-chain order.
  for (const field of fields) for (const category of field.categories) category.fields.push(field);
  return { fields, categories };
}
