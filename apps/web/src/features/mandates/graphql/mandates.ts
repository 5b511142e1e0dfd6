import { graphql } from '../../../graphql/generated';

export const MANDATE_PARTS = graphql(`
  fragment MandateParts on Mandate {
    id
    startDate
    endDate
    kind
    revision
    personId
    personName
    actorId
    actorName
  }
`);

export const STEERING_GROUP = graphql(`
  query SteeringGroup($on: String) {
    steeringGroup(on: $on) {
      on
      maxActive
      mandates {
        ...MandateParts
      }
    }
  }
`);

export const DUE_CONFIRMATIONS = graphql(`
  query DueMandateConfirmations {
    dueMandateConfirmations {
      ...MandateParts
    }
  }
`);

export const MANDATE = graphql(`
  query Mandate($id: ID!) {
    mandate(id: $id) {
      ...MandateParts
    }
  }
`);

export const CREATE_MANDATE = graphql(`
  mutation CreateMandate($input: CreateMandateInput!) {
    createMandate(input: $input) {
      ...MandateParts
    }
  }
`);

export const UPDATE_MANDATE = graphql(`
  mutation UpdateMandate($id: ID!, $expectedRevision: Int!, $input: UpdateMandateInput!) {
    updateMandate(id: $id, expectedRevision: $expectedRevision, input: $input) {
      ...MandateParts
    }
  }
`);

export const DELETE_MANDATE = graphql(`
  mutation DeleteMandate($id: ID!) {
    deleteMandate(id: $id)
  }
`);

export const MANDATE_PERSON_OPTIONS = graphql(`
  query MandatePersonOptions($text: String) {
    persons(first: 50, filter: { text: $text }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const MANDATE_ACTOR_OPTIONS = graphql(`
  query MandateActorOptions($text: String) {
    actors(first: 50, filter: { text: $text }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
