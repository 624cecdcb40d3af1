// Tværs branding of the cockpit webapp (Camunda's config.js customization mechanism)
import { tvaersWebappConfig } from '/tvaers-webapp-config.js';

export default tvaersWebappConfig('Overblik');
