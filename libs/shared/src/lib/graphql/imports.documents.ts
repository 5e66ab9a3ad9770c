/** What the import screen shows of an import while it runs and once it is over. */
export const ACCOUNT_IMPORT_FIELDS_FRAGMENT = /* GraphQL */ `
  fragment AccountImportFields on AccountImport {
    id
    campaignId
    fileName
    status
    rowsDone
    totalRows
    insertedCount
    updatedCount
    failedCount
    failureReason
    submittedBy
    createdAt
    startedAt
    finishedAt
  }
`;

/** Queues the import of a customer list (managers and admins); the file is checked at once. */
export const IMPORT_ACCOUNTS_MUTATION = /* GraphQL */ `
  mutation ImportAccounts($input: ImportAccountsInput!) {
    importAccounts(input: $input) {
      accountImport {
        ...AccountImportFields
      }
    }
  }
  ${ACCOUNT_IMPORT_FIELDS_FRAGMENT}
`;

/** An import's progress, polled until it completes or fails. */
export const ACCOUNT_IMPORT_PROGRESS_QUERY = /* GraphQL */ `
  query AccountImportProgress($id: ID!) {
    accountImport(id: $id) {
      ...AccountImportFields
    }
  }
  ${ACCOUNT_IMPORT_FIELDS_FRAGMENT}
`;

/** The refused rows of a finished import, by line. */
export const ACCOUNT_IMPORT_ERRORS_QUERY = /* GraphQL */ `
  query AccountImportErrors($id: ID!, $first: Int!) {
    accountImport(id: $id) {
      id
      errors(first: $first) {
        line
        field
        reason
        code
        params {
          value
          max
        }
      }
    }
  }
`;
