/** The bell in the header: the signed-in user's latest notifications and unread count. */
export const NOTIFICATIONS_QUERY = /* GraphQL */ `
  query Notifications($first: Int) {
    notifications(first: $first) {
      totalCount
      unreadCount
      edges {
        node {
          id
          kind
          title
          body
          read
          createdAt
          subjectType
          subjectId
        }
      }
    }
  }
`;

export const MARK_NOTIFICATIONS_READ_MUTATION = /* GraphQL */ `
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      markedIds
      unreadCount
    }
  }
`;

/** A new notification of the signed-in user, live (graphql-ws). */
export const NOTIFICATION_ADDED_SUBSCRIPTION = /* GraphQL */ `
  subscription NotificationAdded {
    notificationAdded {
      id
      kind
      title
      body
      read
      createdAt
      subjectType
      subjectId
    }
  }
`;

/** Admins: whether the job queue board is on (only with Redis). */
export const QUEUE_BOARD_QUERY = /* GraphQL */ `
  query QueueBoard {
    queueBoard {
      enabled
      path
    }
  }
`;

/** Admins: a single-use link that opens the job queue board. */
export const OPEN_QUEUE_BOARD_MUTATION = /* GraphQL */ `
  mutation OpenQueueBoard($input: OpenQueueBoardInput) {
    openQueueBoard(input: $input) {
      url
      expiresAt
    }
  }
`;
