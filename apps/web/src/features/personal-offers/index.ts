// What other features may use of personal offers (issue #21): the "Send personal offers" dialog, for the accounts list and a collective's page.
export { SendOffersDialog } from './components/send-offers-dialog';
