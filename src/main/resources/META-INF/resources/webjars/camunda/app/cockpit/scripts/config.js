// Tværs branding of the cockpit webapp (Camunda's config.js customization mechanism), and the link to the board
import { tvaersWebappConfig } from '/tvaers-webapp-config.js';

export default tvaersWebappConfig('Overblik', {
  customScripts: ['scripts/tvaers-board-link'],
  // Danish first (locales/da.json); a browser that asks for English gets English
  locales: { availableLocales: ['da', 'en'], fallbackLocale: 'da' }
});
