// Tværs: the cockpit webapp's branding and Danish date formats (Camunda's webapp customization mechanism).
export default {
  app: {
    name: 'Overblik',
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
  disableWelcomeMessage: true,
  csrfCookieName: 'XSRF-TOKEN'
};
