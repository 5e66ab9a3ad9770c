/** One column of the board: a campaign's deals in one stage (the board asks for each stage). */
export const PIPELINE_DEALS_QUERY = /* GraphQL */ `
  query PipelineDeals($campaignId: ID, $stage: Stage, $ownerId: ID, $segment: Segment, $rivalId: ID, $overdue: Boolean, $first: Int, $after: String) {
    opportunities(
      campaignId: $campaignId
      stage: $stage
      ownerId: $ownerId
      segment: $segment
      rivalId: $rivalId
      overdue: $overdue
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PipelineDeal
        }
      }
    }
  }
  fragment PipelineDeal on Opportunity {
    id
    version
    stage
    dueAt
    overdue
    monthlyValue {
      amount
      currency
    }
    account {
      id
      name
      segment
      owner {
        id
        name
      }
      rival {
        id
        name
      }
    }
  }
`;

/** A deal as it stands now (after a CONFLICT). */
export const DEAL_QUERY = /* GraphQL */ `
  query Deal($id: ID!) {
    node(id: $id) {
      ... on Opportunity {
        id
        version
        stage
        dueAt
        overdue
      }
    }
  }
`;

export const MOVE_OPPORTUNITY_MUTATION = /* GraphQL */ `
  mutation MoveOpportunity($input: MoveOpportunityInput!) {
    moveOpportunity(input: $input) {
      opportunity {
        id
        version
        stage
        stageEnteredAt
        dueAt
        overdue
        probability
      }
    }
  }
`;
