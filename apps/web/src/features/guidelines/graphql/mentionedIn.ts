import { graphql } from '../../../graphql/generated';

/** The guidelines whose text mentions a thing, one query per kind of thing (each its own page). */
export const GUIDELINE_MENTION_PARTS = graphql(`
  fragment GuidelineMentionParts on Guideline {
    id
    title
    status
  }
`);

export const ACTOR_MENTIONED_IN = graphql(`
  query ActorMentionedIn($id: ID!) {
    actor(id: $id) {
      id
      mentionedIn {
        ...GuidelineMentionParts
      }
    }
  }
`);

export const PERSON_MENTIONED_IN = graphql(`
  query PersonMentionedIn($id: ID!) {
    person(id: $id) {
      id
      mentionedIn {
        ...GuidelineMentionParts
      }
    }
  }
`);

export const CHALLENGE_MENTIONED_IN = graphql(`
  query ChallengeMentionedIn($id: ID!) {
    challenge(id: $id) {
      id
      mentionedIn {
        ...GuidelineMentionParts
      }
    }
  }
`);

export const SOLUTION_MENTIONED_IN = graphql(`
  query SolutionMentionedIn($id: ID!) {
    solutionApproach(id: $id) {
      id
      mentionedIn {
        ...GuidelineMentionParts
      }
    }
  }
`);

export const GOOD_PRACTICE_MENTIONED_IN = graphql(`
  query GoodPracticeMentionedIn($id: ID!) {
    goodPractice(id: $id) {
      id
      mentionedIn {
        ...GuidelineMentionParts
      }
    }
  }
`);
