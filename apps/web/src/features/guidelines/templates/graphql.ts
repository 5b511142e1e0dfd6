import { graphql } from '../../../graphql/generated';

export const GUIDELINE_TEMPLATES = graphql(`
  query GuidelineTemplates {
    guidelineTemplates(first: 100) {
      edges {
        node {
          id
          name
          description
          sections
          seeded
        }
      }
    }
  }
`);

export const SAVE_GUIDELINE_AS_TEMPLATE = graphql(`
  mutation SaveGuidelineAsTemplate($input: SaveGuidelineAsTemplateInput!) {
    saveGuidelineAsTemplate(input: $input) {
      id
      name
    }
  }
`);
