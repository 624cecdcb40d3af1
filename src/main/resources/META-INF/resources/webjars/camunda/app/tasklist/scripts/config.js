// Tværs: the tasklist webapp's branding and Danish date formats (Camunda's webapp customization mechanism).
export default {
  app: {
    name: 'Opgaver',
    vendor: 'Tværs'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'D. MMM YYYY',
    normal: 'DD.MM.YYYY HH:mm',
    long: 'dddd [d.] D. MMMM YYYY [kl.] HH:mm',
    short: 'DD.MM.YYYY'
  },
  locales: {
    // Danish first; a browser that asks for English gets English
    availableLocales: ['da', 'en'],
    fallbackLocale: 'da'
  },
  disableWelcomeMessage: true,
  csrfCookieName: 'XSRF-TOKEN'
};
