// What other features may use of collectives: whether the signed-in user manages a campaign (its collectives, its outreach).
export { useCanManageCampaign } from './api/can-manage';
