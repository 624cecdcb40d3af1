// Tværs branding of the tasklist webapp (Camunda's config.js customization mechanism)
import { tvaersWebappConfig } from '/tvaers-webapp-config.js';

export default tvaersWebappConfig('Opgaver', {
  // Danish first (locales/da.json); a browser that asks for English gets English
  locales: { availableLocales: ['da', 'en'], fallbackLocale: 'da' },
  customScripts: [
    // every task shows its case: card line, "Sag" tab, "↗" to the workspace (workspace module, i12-context)
    'scripts/tvaers-task-context',
    // Camunda Forms (form-js) texts and the date picker in Danish
    'scripts/tvaers-forms-da'
  ]
});
