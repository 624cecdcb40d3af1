// Tværs: what the four Camunda webapps share in their config.js (branding, Danish date formats and language).
export function tvaersWebappConfig(name, extra = {}) {
  return {
    app: { name, vendor: 'Tværs' },
    dateFormat: {
      monthName: 'MMMM',
      day: 'DD',
      abbr: 'D. MMM YYYY',
      normal: 'DD.MM.YYYY HH:mm',
      long: 'dddd [d.] D. MMMM YYYY [kl.] HH:mm',
      short: 'DD.MM.YYYY'
    },
    disableWelcomeMessage: true,
    csrfCookieName: 'XSRF-TOKEN',
    ...extra
  };
}
