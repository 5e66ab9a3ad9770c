/**
 * What the web app listens to over graphql-ws, so a screen follows a teammate's change within a
 * second or two without polling (the dashboard's and the bell's subscriptions live beside their queries). Each event only says what changed: the screen then reads again
 * what it shows (the same queries as on first load, so what is shown is always what a read returns).
 */
export const OPPORTUNITY_CHANGED_SUBSCRIPTION = /* GraphQL */ `
  subscription OpportunityChanged($campaignId: ID!) {
    opportunityChanged(campaignId: $campaignId) {
      event
      opportunityId
      accountId
      campaignId
      stage
      previousStage
      at
    }
  }
`;

export const IMPORT_PROGRESS_SUBSCRIPTION = /* GraphQL */ `
  subscription ImportProgress($importId: ID!) {
    importProgress(importId: $importId) {
      importId
      status
      rowsDone
      totalRows
      at
    }
  }
`;
