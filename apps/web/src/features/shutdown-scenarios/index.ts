// What other features may use of the shutdown scenarios (issue #22).
export { ScenarioList } from './components/scenario-list';
export { ScenarioImpactCard } from './components/scenario-impact-card';
