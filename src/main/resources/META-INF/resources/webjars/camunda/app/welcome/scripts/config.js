// Tværs branding of the welcome webapp (Camunda's config.js customization mechanism)
import { tvaersWebappConfig } from '/tvaers-webapp-config.js';

export default tvaersWebappConfig('Start');
