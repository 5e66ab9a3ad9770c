/** Personal offers at scale (issue #21, part 2): generating them, a campaign's batches, and the customer's public page. */

export const GENERATE_PERSONAL_OFFERS_MUTATION = /* GraphQL */ `
  mutation GeneratePersonalOffers($input: GeneratePersonalOffersInput!) {
    generatePersonalOffers(input: $input) {
      count
      batch {
        id
        status
      }
    }
  }
`;

export const PERSONAL_OFFER_BATCHES_QUERY = /* GraphQL */ `
  query PersonalOfferBatches($campaignId: ID!, $first: Int, $after: String) {
    personalOfferBatches(campaignId: $campaignId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          status
          discountPercent
          approvalLevel
          termMonths
          expiresAt
          collectiveId
          createdBy
          createdAt
          finishedAt
          progress {
            generated
            opened
            accepted
            expired
          }
        }
      }
    }
  }
`;

/** An account's latest personal offers, for its page; the link only while open, for its owner and managers. */
export const ACCOUNT_PERSONAL_OFFERS_QUERY = /* GraphQL */ `
  query AccountPersonalOffers($id: ID!) {
    node(id: $id) {
      ... on Account {
        id
        personalOffers(first: 5) {
          totalCount
          edges {
            node {
              id
              status
              discountPercent
              termMonths
              monthlyTotal {
                amount
                currency
              }
              expiresAt
              openedAt
              acceptedAt
              cutoverWeekStart
              createdAt
              link
            }
          }
        }
      }
    }
  }
`;

export const PERSONAL_OFFER_FIELDS = /* GraphQL */ `
  fragment PersonalOfferFields on PersonalOffer {
    status
    customerName
    currency
    termMonths
    discountPercent
    expiresAt
    timeZone
    shutdownAt
    cutoverAt
    monthlyTotal {
      amount
      currency
    }
    lines {
      serviceKind
      description
      quantity
      oneTimeFee {
        amount
        currency
      }
      monthlyUnitPrice {
        amount
        currency
      }
      monthlyAmount {
        amount
        currency
      }
    }
    weeks {
      weekStart
      cutoverAt
      switchCredit {
        amount {
          amount
          currency
        }
        prepaidMonthsRemaining
      }
      totals {
        monthlyTotal {
          amount
          currency
        }
        totalOverTerm {
          amount
          currency
        }
      }
    }
    acceptedTotals {
      monthlyTotal {
        amount
        currency
      }
      switchCredit {
        amount
        currency
      }
      totalOverTerm {
        amount
        currency
      }
    }
  }
`;

export const PERSONAL_OFFER_BY_TOKEN_QUERY = /* GraphQL */ `
  query PersonalOfferByToken($token: String!) {
    personalOfferByToken(token: $token) {
      ...PersonalOfferFields
    }
  }
  ${PERSONAL_OFFER_FIELDS}
`;

export const ACCEPT_PERSONAL_OFFER_MUTATION = /* GraphQL */ `
  mutation AcceptPersonalOffer($input: AcceptPersonalOfferInput!) {
    acceptPersonalOffer(input: $input) {
      offer {
        ...PersonalOfferFields
      }
    }
  }
  ${PERSONAL_OFFER_FIELDS}
`;
