// Tværs: Camunda Forms (form-js) in Danish inside Tasklist.
//
// Tasklist 7.24 renders Camunda Forms with form-js (bundled in lib/deps.js) whose texts ("Select", "Search",
// "Field is required.", ...) are hard-coded English: that form-js version has no translation hook. Its date
// picker is flatpickr, which does have one: flatpickr.localize() sets the locale of every picker created after
// it (Danish months and weekdays, Monday first). So: flatpickr's official hook for the date picker, and for
// form-js's own texts a MutationObserver that replaces exactly the known English texts inside forms
// (.fjs-container) only. A Danish browser already gets dd.mm.yyyy dates (form-js reads the browser's locale).
//
// Only when Tasklist itself shows Danish.
const DANISH_FLATPICKR = {
  weekdays: {
    shorthand: ['søn', 'man', 'tir', 'ons', 'tor', 'fre', 'lør'],
    longhand: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag']
  },
  months: {
    shorthand: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    longhand: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober',
      'november', 'december']
  },
  firstDayOfWeek: 1,
  ordinal: () => '.',
  rangeSeparator: ' til ',
  weekAbbreviation: 'uge',
  scrollTitle: 'Rul for at ændre',
  toggleTitle: 'Klik for at skifte',
  amPM: ['AM', 'PM'],
  yearAriaLabel: 'År',
  monthAriaLabel: 'Måned',
  hourAriaLabel: 'Time',
  minuteAriaLabel: 'Minut',
  time_24hr: true
};

// form-js's fixed texts, exactly as form-js writes them
const TEXTS = {
  'Select': 'Vælg',
  'Search': 'Søg',
  'No results': 'Ingen resultater',
  'All values selected': 'Alle værdier er valgt',
  'Field is required.': 'Feltet skal udfyldes.',
  'Field must be a valid email.': 'Feltet skal være en gyldig e-mailadresse.',
  'Field must be a valid  international phone number. (e.g. +4930664040900)':
    'Feltet skal være et gyldigt internationalt telefonnummer (f.eks. +4512345678).',
  'Date': 'Dato',
  'Time': 'Tidspunkt'
};

// form-js's texts with a number or pattern in them
const PATTERNS = [
  [/^Field must have minimum length of (.+)\.$/, 'Feltet skal have mindst $1 tegn.'],
  [/^Field must have maximum length of (.+)\.$/, 'Feltet må højst have $1 tegn.'],
  [/^Field must have minimum value of (.+)\.$/, 'Værdien skal være mindst $1.'],
  [/^Field must have maximum value of (.+)\.$/, 'Værdien må højst være $1.'],
  [/^Field must match pattern (.+)\.$/, 'Feltet skal passe til mønstret $1.'],
  [/^Value is not a number\.$/, 'Værdien er ikke et tal.'],
  [/^Date must be on or after (.+)\.?$/, 'Datoen skal være $1 eller senere.'],
  [/^Date must be a valid date\.?$/, 'Datoen skal være en gyldig dato.']
];

export function translate(text) {
  const trimmed = text.trim();
  if (Object.prototype.hasOwnProperty.call(TEXTS, trimmed)) {
    return text.replace(trimmed, TEXTS[trimmed]);
  }
  for (const [pattern, danish] of PATTERNS) {
    if (pattern.test(trimmed)) {
      return text.replace(trimmed, trimmed.replace(pattern, danish));
    }
  }
  return text;
}

// form-js's date placeholder follows the browser (dd.mm.yyyy); Danish writes the year as åååå
export function datePlaceholder(placeholder) {
  return /^[dmy./\- ]+$/.test(placeholder) ? placeholder.replace(/y/g, 'å') : placeholder;
}

// Tasklist's own choice (determinePreferredLanguage): the browser's first language if it has a file for it (da,
// en), else the fallback, Danish
function danish() {
  const first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  return first.split('-')[0].toLowerCase() !== 'en';
}

function localizeDatePicker() {
  if (window.flatpickr && !window.flatpickr.tvaersDanish) {
    window.flatpickr.localize(DANISH_FLATPICKR);
    window.flatpickr.tvaersDanish = true;
  }
}

function translateForm(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const danishText = translate(node.data);
    if (danishText !== node.data) {
      node.data = danishText;
    }
  }
  root.querySelectorAll('input[placeholder]').forEach((input) => {
    const placeholder = input.getAttribute('placeholder');
    let danishPlaceholder = translate(placeholder);
    if (input.closest('.fjs-datepicker')) {
      danishPlaceholder = datePlaceholder(danishPlaceholder);
    }
    if (danishPlaceholder !== placeholder) {
      input.setAttribute('placeholder', danishPlaceholder);
    }
  });
}

function translateForms() {
  localizeDatePicker();
  document.querySelectorAll('.fjs-container').forEach(translateForm);
}

// form-js opens the date picker (307 px wide) at the field's left edge; on a phone that runs off the right edge of
// the dialog, so there it opens aligned to the field's right edge instead (in any language)
function fitDatePickerOnPhones() {
  const style = document.createElement('style');
  style.textContent =
    '@media (max-width: 480px) { .fjs-datepicker .flatpickr-calendar.static { left: auto; right: 0; } }';
  document.head.appendChild(style);
}

if (typeof document !== 'undefined') {
  fitDatePickerOnPhones();
}

if (typeof document !== 'undefined' && danish()) {
  localizeDatePicker();
  let scheduled = false;
  new MutationObserver(() => {
    // a picker created in this same task must already be Danish: localize before form-js's effects run
    localizeDatePicker();
    if (!scheduled) {
      scheduled = true;
      Promise.resolve().then(() => {
        scheduled = false;
        translateForms();
      });
    }
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['placeholder']
  });
}
