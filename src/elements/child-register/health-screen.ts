// The health form's screen behind one module boundary: the element reaches
// the health form only through this module, so that it can be loaded on demand.
export { HealthController, type HealthStepName } from './health-controller.js';
export { renderHealthScreen, type HealthScreenView } from './health-screen-view.js';
