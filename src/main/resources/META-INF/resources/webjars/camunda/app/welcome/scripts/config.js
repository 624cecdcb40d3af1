// Tværs branding of the welcome webapp (Camunda's config.js customization mechanism)
import { tvaersWebappConfig } from '/tvaers-webapp-config.js';

export default tvaersWebappConfig('Start', {
  // Danish first (locales/da.json); a browser that asks for English gets English
  locales: { availableLocales: ['da', 'en'], fallbackLocale: 'da' }
});
