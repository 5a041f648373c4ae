// Lo común de Tasklist y de la página de ingreso (welcome) de la Mesa de Ayuda (UAST): castellano
// para todos, fechas dd/MM/yyyy y horas de 24 h. Las etiquetas están en <app>/locales/es.json.
export default {
  app: {
    vendor: 'Mesa de Ayuda UAST'
  },
  // Solo castellano: el idioma del navegador no cambia la lengua de trabajo de la unidad.
  locales: {
    availableLocales: ['es'],
    fallbackLocale: 'es'
  },
  // Formatos de es.json (dateLocales): L = DD/MM/YYYY, LLL = DD/MM/YYYY HH:mm.
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL',
    short: 'L'
  }
};
