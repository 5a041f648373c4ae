// Página de ingreso y de inicio de la Mesa de Ayuda (UAST), en castellano para todos.
// Las etiquetas están en ../locales/es.json (LocalesTasklistTest comprueba que no falte ninguna).
export default {
  app: {
    name: 'Inicio',
    vendor: 'Mesa de Ayuda UAST'
  },
  locales: {
    availableLocales: ['es'],
    fallbackLocale: 'es'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  }
};
