import { paths } from '../../shared/paths';

/** How LinkList shows the kinds of things that several entity pages list. */

export const actorLink = (actor: { id: string; name: string }) => ({
  key: actor.id,
  to: paths.actor(actor.id),
  label: actor.name,
});

export const goodPracticeLink = (practice: { id: string; title: string; year?: number | null }) => ({
  key: practice.id,
  to: paths.goodPractice(practice.id),
  label: practice.title,
  detail: practice.year ? String(practice.year) : undefined,
});
