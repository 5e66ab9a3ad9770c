// What other features may use of a rival's watch page (issue #22): the outage evidence sheet, for an offer.
export { EvidenceSheet } from './components/evidence-sheet';
export { useOutageEvidence } from './api/use-outage-evidence';
