/** Ctrl+K: accounts and people by name (any word, from its first letters; case and accents ignored). */
export const GLOBAL_SEARCH_QUERY = /* GraphQL */ `
  query GlobalSearch($text: String!, $campaignId: ID) {
    search(text: $text, campaignId: $campaignId) {
      accounts(first: 8) {
        edges {
          node {
            id
            name
            segment
          }
        }
      }
      contacts(first: 8) {
        edges {
          node {
            id
            name
            title
            account {
              id
              name
            }
          }
        }
      }
    }
  }
`;
