// What other features may use of outreach (issue #21 part 3): the "Email these customers" dialog, for the accounts list and a collective's page.
export { OutreachDialog } from './components/outreach-dialog';
